package org.ledgerline.ivr.simulator;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How the emulated Asterisk behaves.
 *
 * @param playbackTime     how long a prompt "plays" (kept tiny in tests; pacing in load runs)
 * @param soundsDirectory  when set, {@code STREAM FILE x} fails as Asterisk does unless {@code x.wav}
 *                         exists (relative names resolve against this directory); {@code null}: every file exists
 * @param playsRecordedLength with a sounds directory: a prompt plays for as long as its file lasts
 *                         (8 kHz 16-bit samples), as on a real channel, instead of {@code playbackTime}
 * @param socketTimeout    how long to wait for the server's next command before giving up
 * @param maxCommands      the caller hangs up after this many commands (guards against endless loops)
 */
public record EmulatorOptions(Duration playbackTime, @Nullable Path soundsDirectory, boolean playsRecordedLength,
        Duration socketTimeout, int maxCommands) {

    public EmulatorOptions {
        if (playbackTime.isNegative() || socketTimeout.isNegative() || socketTimeout.isZero() || maxCommands < 1) {
            throw new IllegalArgumentException("playback time, socket timeout and max commands must be positive");
        }
        if (playsRecordedLength && soundsDirectory == null) {
            throw new IllegalArgumentException("playing prompts for their recorded length needs the sounds directory");
        }
    }

    /** No playback delay, no file checks, 30 s socket timeout, 10,000 commands. */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(Duration.ZERO, null, false, Duration.ofSeconds(30), 10_000);
    }

    public EmulatorOptions withPlaybackTime(Duration time) {
        return new EmulatorOptions(time, soundsDirectory, playsRecordedLength, socketTimeout, maxCommands);
    }

    public EmulatorOptions withSoundsDirectory(Path directory) {
        return new EmulatorOptions(playbackTime, directory, playsRecordedLength, socketTimeout, maxCommands);
    }

    /** Every prompt plays for as long as its file in {@code directory} lasts (load runs paced like real calls). */
    public EmulatorOptions withRecordedLengthsFrom(Path directory) {
        return new EmulatorOptions(playbackTime, directory, true, socketTimeout, maxCommands);
    }

    public EmulatorOptions withSocketTimeout(Duration timeout) {
        return new EmulatorOptions(playbackTime, soundsDirectory, playsRecordedLength, timeout, maxCommands);
    }

    public EmulatorOptions withMaxCommands(int max) {
        return new EmulatorOptions(playbackTime, soundsDirectory, playsRecordedLength, socketTimeout, max);
    }
}
