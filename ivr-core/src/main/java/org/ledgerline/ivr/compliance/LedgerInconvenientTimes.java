package org.ledgerline.ivr.compliance;

import java.util.List;
import org.ledgerline.storage.contact.InconvenientTimeRepository;

/**
 * {@link InconvenientTimes} over the ledger's {@code inconvenient_times}: the times that still apply
 * (withdrawn ones stay in the table as history and are not asked for).
 */
public final class LedgerInconvenientTimes implements InconvenientTimes {
    private final InconvenientTimeRepository times;

    public LedgerInconvenientTimes(InconvenientTimeRepository times) {
        this.times = times;
    }

    @Override
    public List<InconvenientTime> inconvenientTimesOf(long customerId) {
        return times.inconvenientTimesOf(customerId).stream()
                .map(time -> new InconvenientTime(time.days(), time.from(), time.until(), time.note(),
                        time.recordedBy()))
                .toList();
    }
}
