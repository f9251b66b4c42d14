package org.ledgerline.ivr.search;

/**
 * The reader may not see this call (another collector's, a customer outside the manager's
 * portfolio). The message names the call and never what is in it: it may reach the client.
 */
public final class CallNotPermittedException extends RuntimeException {
    public CallNotPermittedException(String what) {
        super(what + " is not one of the calls you may read");
    }
}
