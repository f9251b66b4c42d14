package org.ledgerline.ivr.simulator;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional words of {@code RECORD FILE <file> <format> <escape> <timeout> [offset] [BEEP] [s=silence]}
 * read as res/res_agi.c {@code handle_recordfile} (Asterisk 20) reads them: a 7th word that C's
 * {@code sscanf("%ld")} cannot read as a number and that has no {@code =} (e.g. {@code BEEP}), or any
 * 8th word without {@code =}, makes Asterisk stream its own {@code beep} before recording.
 *
 * @param sampleOffset the offset given (0 when none); Asterisk echoes it as {@code endpos} on failure
 * @param beep whether Asterisk plays its {@code beep} first
 */
record RecordFileArguments(long sampleOffset, boolean beep) {
    /** What C's {@code sscanf("%ld")} accepts at the start of a word. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\s*([+-]?[0-9]+)");

    /**
     * @throws NumberFormatException the timeout is not a number (Asterisk answers with the usage text)
     */
    static RecordFileArguments of(List<String> argv) {
        leadingNumber(argv.get(5));
        long sampleOffset = 0;
        boolean beep = false;
        if (argv.size() > 6) {
            Matcher number = LEADING_NUMBER.matcher(argv.get(6));
            if (number.lookingAt()) {
                sampleOffset = Long.parseLong(number.group(1));
            } else if (argv.get(6).indexOf('=') < 0) {
                beep = true;
            }
        }
        if (argv.size() > 7 && argv.get(7).indexOf('=') < 0) {
            beep = true;
        }
        return new RecordFileArguments(sampleOffset, beep);
    }

    /**
     * The leading number of {@code word} as C's {@code sscanf} reads it.
     *
     * @throws NumberFormatException there is none (Asterisk answers with the usage text)
     */
    static long leadingNumber(String word) {
        Matcher number = LEADING_NUMBER.matcher(word);
        if (!number.lookingAt()) {
            throw new NumberFormatException("not a number: " + word);
        }
        return Long.parseLong(number.group(1));
    }
}
