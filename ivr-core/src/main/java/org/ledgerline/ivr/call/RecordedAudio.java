package org.ledgerline.ivr.call;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link CallChannel#record} left behind: the file as the switch names it (without extension),
 * its format, how long it is and why recording stopped.
 *
 * @param file the path the switch wrote to, without the format's extension
 * @param format the audio format and file extension, e.g. {@code wav}
 * @param length how much audio was written (zero when unknown)
 */
public record RecordedAudio(String file, String format, Duration length, Ending ending) {

    /** Why recording stopped. */
    public enum Ending {
        /** The caller pressed the key that ends the recording. */
        KEY_PRESSED,
        /** The maximum length was reached, or the caller stayed silent long enough. */
        TIME_OR_SILENCE,
        /** The switch could not write the file; there is nothing to keep. */
        NOT_SAVED
    }

    public RecordedAudio {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(ending, "ending");
    }

    /** Whether a file exists that is worth keeping. */
    public boolean saved() {
        return ending != Ending.NOT_SAVED;
    }
}
