package org.ledgerline.ivr.simulator;

import org.jspecify.annotations.Nullable;

/** One thing that happened on an emulated call, in the order it happened. */
public sealed interface TranscriptEntry {

    /** A human-readable line for the call simulator's output. */
    String describe();

    /** A {@code STREAM FILE}: interrupted by a key, played out, missing, or cut by the caller hanging up. */
    record PromptPlayed(String file, @Nullable Character interruptedBy, boolean missing, boolean hungUpDuring)
            implements
                TranscriptEntry {
        @Override
        public String describe() {
            if (missing) {
                return "prompt " + file + " (sound file missing)";
            }
            if (hungUpDuring) {
                return "prompt " + file + " (caller hung up while it played)";
            }
            return "prompt " + file + (interruptedBy == null ? "" : " (interrupted by " + interruptedBy + ")");
        }
    }

    /** A {@code WAIT FOR DIGIT}: the key pressed, or {@code null} when it timed out. */
    record DigitWait(long timeoutMillis, @Nullable Character key) implements TranscriptEntry {
        @Override
        public String describe() {
            return key == null ? "waited " + timeoutMillis + " ms: no key" : "pressed " + key;
        }
    }

    /** A {@code GET DATA}. */
    record DataRequested(String file, String digits, boolean timedOut) implements TranscriptEntry {
        @Override
        public String describe() {
            return "prompt " + file + ", keyed " + digits + (timedOut ? " (timeout)" : "");
        }
    }

    /** A {@code RECORD FILE}. */
    record RecordingMade(String file) implements TranscriptEntry {
        @Override
        public String describe() {
            return "recorded " + file;
        }
    }

    /**
     * A sound file that an Asterisk command needed and the sounds directory lacks, other than a
     * {@code STREAM FILE}/{@code GET DATA} prompt (those are a missing {@link PromptPlayed}): the
     * {@code beep} of {@code RECORD FILE … BEEP}, {@code digits/…} of a {@code SAY}, a {@code Playback}.
     */
    record SoundMissing(String file, String command) implements TranscriptEntry {
        @Override
        public String describe() {
            return command + " needed sound file " + file + ", which is missing";
        }
    }

    /** A {@code SAY DIGITS} or {@code SAY NUMBER} that Asterisk could say. */
    record DigitsSaid(String digits) implements TranscriptEntry {
        @Override
        public String describe() {
            return "said digits " + digits;
        }
    }

    /** {@code SET CONTEXT}, {@code SET EXTENSION} or {@code SET PRIORITY}: where the dialplan goes on. */
    record DialplanSet(String field, String value) implements TranscriptEntry {
        @Override
        public String describe() {
            return "dialplan " + field + " set to " + value;
        }
    }

    /** A {@code SET VARIABLE}, such as Asterisk-Java's {@code AJ_AGISTATUS}. */
    record VariableSet(String name, String value) implements TranscriptEntry {
        @Override
        public String describe() {
            return name + "=" + value;
        }
    }

    /** An {@code EXEC}. */
    record ApplicationRun(String application, String arguments) implements TranscriptEntry {
        @Override
        public String describe() {
            return "ran " + application + "(" + arguments + ")";
        }
    }

    /** A {@code VERBOSE} message for Asterisk's console. */
    record Verbose(String message) implements TranscriptEntry {
        @Override
        public String describe() {
            return "console: " + message;
        }
    }

    /** The caller hung up. */
    record CallerHungUp() implements TranscriptEntry {
        @Override
        public String describe() {
            return "caller hung up";
        }
    }

    /** The server sent {@code HANGUP}. */
    record ServerHungUp() implements TranscriptEntry {
        @Override
        public String describe() {
            return "server hung up the call";
        }
    }

    /** A command Asterisk refused: 510 unknown, 511 dead channel, 520 wrong usage. */
    record CommandRefused(String command, int status) implements TranscriptEntry {
        @Override
        public String describe() {
            return "refused (" + status + "): " + command;
        }
    }

    /** The server closed the AGI connection (the script ended). */
    record ConnectionClosed() implements TranscriptEntry {
        @Override
        public String describe() {
            return "AGI script ended";
        }
    }
}
