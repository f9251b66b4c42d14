package org.ledgerline.storage.contact;

import java.time.Instant;
import java.util.List;

/**
 * Flags that stop calls, with their history (ivr-core's {@code CustomerFlags} port reads {@link
 * #flagsOf}). Setting and clearing are audited in the same transaction.
 */
public interface FlagRepository {

    /**
     * Sets a flag. Setting one that is already active (same type, same number) writes nothing and
     * returns the active one, so a double-clicked form or a retried request lands once.
     */
    FlagRecord set(NewFlag flag);

    /**
     * Clears an active flag; its row stays as history. Clearing a flag already cleared returns it
     * unchanged (the first clearing wins).
     *
     * @throws NoSuchFlagException no flag has this id
     */
    FlagRecord clear(long flagId, String clearedBy, Instant clearedAt);

    /** Every flag ever set on the customer, cleared ones included, oldest first. */
    List<FlagRecord> flagsOf(long customerId);

    /** The customer's flags not cleared yet, oldest first. */
    List<FlagRecord> activeFlagsOf(long customerId);
}
