package org.ledgerline.ivr.simulator;

import java.util.concurrent.CountDownLatch;

/**
 * A load-test caller: follows an opening script (e.g. the PIN), then keeps the call open by
 * pressing the repeat key whenever asked (listening to every prompt in full), and hangs up once
 * released. The first press of the repeat key marks the call as held: it has been set up and
 * identified and now sits in the menu loop.
 */
final class HoldingCaller implements Caller {
    private final CallerScript opening;
    private final char repeatKey;
    private final CountDownLatch released;
    private final Runnable onHeld;
    private boolean held;

    HoldingCaller(String openingKeys, char repeatKey, CountDownLatch released, Runnable onHeld) {
        this.opening = CallerScript.parse(openingKeys);
        this.repeatKey = repeatKey;
        this.released = released;
        this.onHeld = onHeld;
    }

    @Override
    public CallerAction duringPrompt(String escapeDigits) {
        if (released.getCount() == 0) {
            return CallerAction.HANG_UP;
        }
        return opening.remaining() > 0 ? opening.duringPrompt(escapeDigits) : CallerAction.LISTEN;
    }

    @Override
    public CallerAction whenAsked() {
        if (released.getCount() == 0) {
            return CallerAction.HANG_UP;
        }
        if (opening.remaining() > 0) {
            return opening.whenAsked();
        }
        if (!held) {
            held = true;
            onHeld.run();
        }
        return new CallerAction.Press(repeatKey);
    }
}
