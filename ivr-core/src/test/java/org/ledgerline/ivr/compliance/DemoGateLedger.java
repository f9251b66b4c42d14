package org.ledgerline.ivr.compliance;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.seed.DemoSeeder;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.user.NewUser;
import org.ledgerline.storage.user.Role;

/**
 * The demo ledger as the node seeds it, collectors' work included, for the ledger adapters' ITs: the
 * demo customers 100038-100045 with their flags, stated times and call history as of {@link #TODAY}.
 */
public final class DemoGateLedger {
    /** A Tuesday; the seeded calls are dated relative to it. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    /** An Argon2id-shaped placeholder: nobody signs in as these users. */
    private static final String NO_PASSWORD = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";

    private DemoGateLedger() {}

    /** A new database with the demo data and the demo collectors ({@code collector1} at {@code PJSIP/2001}). */
    public static Ledger open() {
        Ledger ledger = TestLedgers.newSeededLedger(TODAY);
        ledger.users().create(new NewUser("collector1", "Casey Collector", NO_PASSWORD, Set.of(Role.COLLECTOR),
                Optional.of("PJSIP/2001")), "test");
        ledger.users().create(new NewUser("collector2", "Robin Collector", NO_PASSWORD, Set.of(Role.COLLECTOR),
                Optional.of("PJSIP/2002")), "test");
        if (!DemoSeeder.seedCollectorWorkIfReady(ledger, TODAY)) {
            throw new IllegalStateException("the demo collectors' work was not seeded");
        }
        return ledger;
    }

    /** The id of a demo account. */
    public static long accountId(Ledger ledger, String accountNumber) {
        return ledger.accounts().findByAccountNumber(accountNumber).orElseThrow().id();
    }

    /** The customer of a demo account. */
    public static long customerId(Ledger ledger, String accountNumber) {
        return ledger.accounts().findByAccountNumber(accountNumber).orElseThrow().customerId();
    }
}
