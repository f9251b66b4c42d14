package org.ledgerline.storage.contact;

import java.time.Instant;
import java.util.List;

/**
 * Times customers said are inconvenient for calls (ivr-core's {@code InconvenientTimes} port reads
 * {@link #inconvenientTimesOf}).
 */
public interface InconvenientTimeRepository {

    InconvenientTimeRecord record(NewInconvenientTime time);

    /**
     * The customer no longer minds that time: the row stays, marked withdrawn. Withdrawing twice keeps
     * the first.
     *
     * @return false when no such time exists for the customer
     */
    boolean withdraw(long customerId, long timeId, String withdrawnBy, Instant withdrawnAt);

    /** The times that still apply, oldest first. */
    List<InconvenientTimeRecord> inconvenientTimesOf(long customerId);
}
