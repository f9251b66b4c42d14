package org.ledgerline.ivr.simulator;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the emulated Asterisk behaves.
 *
 * @param playbackTime     how long a prompt "plays" (kept tiny in tests; pacing in load runs)
 * @param soundsDirectory  when set, {@code STREAM FILE x} fails as Asterisk does unless {@code x.wav}
 *                         exists (relative names resolve against this directory); {@code null}: every file exists
 * @param socketTimeout    how long to wait for the server's next command before giving up
 * @param maxCommands      the caller hangs up after this many commands (guards against endless loops)
 */
public record EmulatorOptions(Duration playbackTime, Path soundsDirectory, Duration socketTimeout, int maxCommands) {

    public EmulatorOptions {
        if (playbackTime.isNegative() || socketTimeout.isNegative() || socketTimeout.isZero() || maxCommands < 1) {
            throw new IllegalArgumentException("playback time, socket timeout and max commands must be positive");
        }
    }

    /** No playback delay, no file checks, 30 s socket timeout, 10,000 commands. */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(Duration.ZERO, null, Duration.ofSeconds(30), 10_000);
    }

    public EmulatorOptions withPlaybackTime(Duration time) {
        return new EmulatorOptions(time, soundsDirectory, socketTimeout, maxCommands);
    }

    public EmulatorOptions withSoundsDirectory(Path directory) {
        return new EmulatorOptions(playbackTime, directory, socketTimeout, maxCommands);
    }

    public EmulatorOptions withSocketTimeout(Duration timeout) {
        return new EmulatorOptions(playbackTime, soundsDirectory, timeout, maxCommands);
    }

    public EmulatorOptions withMaxCommands(int max) {
        return new EmulatorOptions(playbackTime, soundsDirectory, socketTimeout, max);
    }
}
