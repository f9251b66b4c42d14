package org.ledgerline.storage.contact;

/** Who dialled a call about a debt; the names are those of ivr-core's {@code ContactDirection}. */
public enum AttemptDirection {
    /** A collector (or a dialler on a collector's behalf) called the customer. */
    OUTBOUND,
    /** The customer called us and reached a person. */
    INBOUND
}
