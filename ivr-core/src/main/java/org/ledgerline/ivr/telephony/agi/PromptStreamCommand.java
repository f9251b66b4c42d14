package org.ledgerline.ivr.telephony.agi;

import org.asteriskjava.fastagi.command.StreamFileCommand;

/**
 * {@code STREAM FILE} with the same wire text as Asterisk-Java's command, quoted without regular
 * expressions. The library's quoting compiles three patterns and runs a {@code Formatter} for every
 * argument of every command; under thousands of held calls that was the largest source of garbage
 * on the server (JFR allocation profile, see the README benchmark), and garbage means more GC pauses in
 * every call's turnaround.
 */
final class PromptStreamCommand extends StreamFileCommand {
    private static final long serialVersionUID = 1L;

    PromptStreamCommand(String file, String escapeDigits) {
        super(file, escapeDigits);
    }

    /** As Asterisk-Java: backslash and double quote escaped, newlines dropped, the whole in double quotes. */
    @Override
    protected String escapeAndQuote(String value) {
        if (value == null) {
            return "\"\"";
        }
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> {
                }
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
