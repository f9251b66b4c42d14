package org.ledgerline.ivr.simulator;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A caller who follows a script such as {@code "1 2 # _ H"}: keys {@code 0-9 * # A-D}, {@code _} for
 * letting one key opportunity time out, {@code H} for hanging up. Spaces are optional
 * ({@code "1234#"} is five presses). A key is pressed at the first opportunity that accepts it:
 * during a prompt only when the prompt can be interrupted by that key, otherwise at the next wait.
 * After the script ends the caller either stays silent or hangs up.
 */
public final class CallerScript implements Caller {
    private final Deque<CallerAction> pending = new ArrayDeque<>();
    private final boolean hangUpAtEnd;

    private CallerScript(boolean hangUpAtEnd) {
        this.hangUpAtEnd = hangUpAtEnd;
    }

    /** Parses {@code script}; the caller stays silent once it is used up. */
    public static CallerScript parse(String script) {
        return parse(script, false);
    }

    /**
     * Parses {@code script} (keys, {@code _} for silence, {@code H} to hang up; spaces and commas are ignored).
     *
     * @param hangUpAtEnd whether the caller hangs up at the first opportunity after the script
     * @throws IllegalArgumentException naming the first character that is not a key, {@code _} or {@code H}
     */
    public static CallerScript parse(String script, boolean hangUpAtEnd) {
        CallerScript caller = new CallerScript(hangUpAtEnd);
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                continue;
            }
            caller.pending.add(actionFor(c));
        }
        return caller;
    }

    private static CallerAction actionFor(char c) {
        if (c == '_') {
            return CallerAction.SILENCE;
        }
        if (c == 'H' || c == 'h') {
            return CallerAction.HANG_UP;
        }
        if ((c >= '0' && c <= '9') || c == '*' || c == '#' || (c >= 'A' && c <= 'D')) {
            return new CallerAction.Press(c);
        }
        throw new IllegalArgumentException("caller script: '" + c + "' is not a key, '_' (silence) or 'H' (hang up)");
    }

    @Override
    public synchronized CallerAction duringPrompt(String escapeDigits) {
        CallerAction next = pending.peek();
        if (next == null) {
            return hangUpAtEnd ? CallerAction.HANG_UP : CallerAction.LISTEN;
        }
        if (next instanceof CallerAction.HangUp
                || (next instanceof CallerAction.Press(char key) && escapeDigits.indexOf(key) >= 0)) {
            return pending.poll();
        }
        return CallerAction.LISTEN;
    }

    @Override
    public synchronized CallerAction whenAsked() {
        CallerAction next = pending.poll();
        if (next == null) {
            return hangUpAtEnd ? CallerAction.HANG_UP : CallerAction.SILENCE;
        }
        return next;
    }

    /** Actions not yet taken. */
    public synchronized int remaining() {
        return pending.size();
    }
}
