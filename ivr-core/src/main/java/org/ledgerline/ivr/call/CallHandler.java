package org.ledgerline.ivr.call;

/**
 * What the telephony layer hands each new call to: the flow name Asterisk asked for and the
 * session. Implementations run the flow and own everything that happens on the call, including
 * an unknown flow name (the caller still hears something sensible).
 */
@FunctionalInterface
public interface CallHandler {
    void handle(String flowName, CallSession session);
}
