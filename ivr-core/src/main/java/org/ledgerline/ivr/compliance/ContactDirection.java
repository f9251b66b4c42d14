package org.ledgerline.ivr.compliance;

/** Who dialled: only calls we place count toward the call frequency; a conversation counts either way. */
public enum ContactDirection {
    /** A collector (or the dialler on a collector's behalf) called the consumer. */
    OUTBOUND,
    /** The consumer called us and reached a person. */
    INBOUND
}
