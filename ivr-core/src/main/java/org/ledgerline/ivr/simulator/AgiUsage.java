package org.ledgerline.ivr.simulator;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The commands the emulator knows, the word counts Asterisk 20's handlers accept, whether they run
 * on a dead channel ({@code res_agi.c}'s {@code dead} column), and the usage text of a 520 reply
 * (Asterisk prints the command's description there; ours is its first sentence).
 */
enum AgiUsage {
    ANSWER(List.of("ANSWER"), 1, 99, false, "Answers channel if not already in answer state."), EXEC(List.of("EXEC"), 2,
            99, true, "Executes application with given options."), GET_DATA(List.of("GET", "DATA"), 3, 5, false,
                    "Stream the given file, and receive DTMF data."), GET_FULL_VARIABLE(
                            List.of("GET", "FULL", "VARIABLE"), 4, 5, true,
                            "Evaluates a channel expression."), GET_VARIABLE(List.of("GET", "VARIABLE"), 3, 3, true,
                                    "Gets a channel variable."), HANGUP(List.of("HANGUP"), 1, 2, false,
                                            "Hangs up a channel."), NOOP(List.of("NOOP"), 1, 99, true,
                                                    "Does nothing."), RECORD_FILE(List.of("RECORD", "FILE"), 6, 9,
                                                            false,
                                                            "Record to a file until a given dtmf digit in the sequence is received."), SAY_DIGITS(
                                                                    List.of("SAY", "DIGITS"), 4, 4, false,
                                                                    "Say a given digit string, returning early if any of the given DTMF digits are received on the channel."), SAY_NUMBER(
                                                                            List.of("SAY", "NUMBER"), 4, 5, false,
                                                                            "Say a given number, returning early if any of the given DTMF digits are received on the channel."), SET_CONTEXT(
                                                                                    List.of("SET", "CONTEXT"), 3, 3,
                                                                                    false,
                                                                                    "Sets the context for continuation upon exiting the application."), SET_EXTENSION(
                                                                                            List.of("SET", "EXTENSION"),
                                                                                            3, 3, false,
                                                                                            "Changes the extension for continuation upon exiting the application."), SET_PRIORITY(
                                                                                                    List.of("SET",
                                                                                                            "PRIORITY"),
                                                                                                    3, 3, false,
                                                                                                    "Changes the priority for continuation upon exiting the application."), SET_VARIABLE(
                                                                                                            List.of("SET",
                                                                                                                    "VARIABLE"),
                                                                                                            4, 4, true,
                                                                                                            "Sets a variable to the current value."), STREAM_FILE(
                                                                                                                    List.of("STREAM",
                                                                                                                            "FILE"),
                                                                                                                    4,
                                                                                                                    5,
                                                                                                                    false,
                                                                                                                    "Send the given file, allowing playback to be interrupted by the given digits, if any."), VERBOSE(
                                                                                                                            List.of("VERBOSE"),
                                                                                                                            2,
                                                                                                                            3,
                                                                                                                            true,
                                                                                                                            "Sends a message to the console via verbose message system."), WAIT_FOR_DIGIT(
                                                                                                                                    List.of("WAIT",
                                                                                                                                            "FOR",
                                                                                                                                            "DIGIT"),
                                                                                                                                    4,
                                                                                                                                    4,
                                                                                                                                    false,
                                                                                                                                    "Waits up to timeout milliseconds for channel to receive a DTMF digit.");

    static final String UNKNOWN = "510 Invalid or unknown command";
    static final String DEAD_CHANNEL = "511 Command Not Permitted on a dead channel or intercept routine";

    @SuppressWarnings("ImmutableEnumChecker") // always a List.of(...), which cannot be modified
    private final List<String> words;
    private final int minWords;
    private final int maxWords;
    private final boolean allowedOnDeadChannel;
    private final String description;

    AgiUsage(List<String> words, int minWords, int maxWords, boolean allowedOnDeadChannel, String description) {
        this.words = words;
        this.minWords = minWords;
        this.maxWords = maxWords;
        this.allowedOnDeadChannel = allowedOnDeadChannel;
        this.description = description;
    }

    /** The command {@code argv} names (case-insensitive, extra words are arguments), or {@code null}. */
    static @Nullable AgiUsage find(List<String> argv) {
        for (AgiUsage command : values()) {
            if (argv.size() >= command.words.size() && matches(command.words, argv)) {
                return command;
            }
        }
        return null;
    }

    private static boolean matches(List<String> words, List<String> argv) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equalsIgnoreCase(argv.get(i))) {
                return false;
            }
        }
        return true;
    }

    boolean acceptsWordCount(int count) {
        return count >= minWords && count <= maxWords;
    }

    boolean allowedOnDeadChannel() {
        return allowedOnDeadChannel;
    }

    String verb() {
        return String.join(" ", words);
    }

    /** The reply lines of Asterisk's "show usage" answer. */
    List<String> usageReply() {
        return List.of("520-Invalid command syntax.  Proper usage follows:", description, "520 End of proper usage.");
    }
}
