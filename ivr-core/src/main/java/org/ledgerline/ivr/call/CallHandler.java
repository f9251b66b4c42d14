package org.ledgerline.ivr.call;

/**
 * What the telephony layer hands each new call to: the flow name Asterisk asked for and the
 * session. Implementations run the flow and own everything that happens on the call, including
 * an unknown flow name (the caller still hears something sensible).
 */
@FunctionalInterface
public interface CallHandler {

    /**
     * Serves the call to its end.
     *
     * @return how the call ended; the telephony layer counts {@link CallOutcome#isError() errors} in
     *         its metrics and tells the switch, so the dialplan can still send the caller to a person
     */
    CallOutcome handle(String flowName, CallSession session);
}
