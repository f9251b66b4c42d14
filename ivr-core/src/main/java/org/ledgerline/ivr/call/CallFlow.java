package org.ledgerline.ivr.call;

/**
 * A conversation with a caller, written as plain synchronous Java on the call's virtual thread.
 * Routed by the FastAGI script name ({@code agi://host:port/<name>}).
 */
public interface CallFlow {
    /** The script name Asterisk asks for, e.g. {@code selfserve}. */
    String name();

    void handle(CallSession session);
}
