package org.ledgerline.ivr.compliance;

import java.util.List;
import java.util.Optional;
import org.ledgerline.storage.contact.FlagRecord;
import org.ledgerline.storage.contact.FlagRepository;

/**
 * {@link CustomerFlags} over the ledger's {@code customer_flags}: every flag with its history, cleared
 * ones included (the gate decides what is active at the call's instant). Storage's flag types have
 * the names of our {@link FlagKind}s.
 */
public final class LedgerCustomerFlags implements CustomerFlags {
    private final FlagRepository flags;

    public LedgerCustomerFlags(FlagRepository flags) {
        this.flags = flags;
    }

    @Override
    public List<CustomerFlag> flagsOf(long customerId) {
        return flags.flagsOf(customerId).stream().map(LedgerCustomerFlags::flag).toList();
    }

    private static CustomerFlag flag(FlagRecord stored) {
        return new CustomerFlag(FlagKind.valueOf(stored.type().name()), Optional.ofNullable(stored.phoneNumber()),
                stored.setBy(), stored.setAt(), stored.note(), Optional.ofNullable(stored.clearedBy()),
                Optional.ofNullable(stored.clearedAt()));
    }
}
