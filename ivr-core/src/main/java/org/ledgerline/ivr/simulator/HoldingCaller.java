package org.ledgerline.ivr.simulator;

import java.util.concurrent.CountDownLatch;

/**
 * A load-test caller: follows an opening script, then keeps the call open by pressing the repeat
 * key whenever asked (listening to every prompt in full), and hangs up once released.
 */
final class HoldingCaller implements Caller {
    private final CallerScript opening;
    private final char repeatKey;
    private final CountDownLatch released;

    HoldingCaller(String openingKeys, char repeatKey, CountDownLatch released) {
        this.opening = CallerScript.parse(openingKeys);
        this.repeatKey = repeatKey;
        this.released = released;
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
        return opening.remaining() > 0 ? opening.whenAsked() : new CallerAction.Press(repeatKey);
    }
}
