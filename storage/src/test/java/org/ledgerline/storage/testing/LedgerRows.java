package org.ledgerline.storage.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.user.NewUser;
import org.ledgerline.storage.user.Role;

/**
 * Inserts the rows a test needs, straight into the tables (the application has no repository for
 * creating customers, accounts or invoices). Amounts are in USD.
 */
public final class LedgerRows {
    private static final String FAKE_ARGON2_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";

    private final Ledger ledger;

    public LedgerRows(Ledger ledger) {
        this.ledger = ledger;
    }

    /** A customer in {@code timeZone} with the given phone numbers (digits only). */
    public long customer(String name, String timeZone, String... phoneNumbers) {
        long id = ledger.jdbc().queryOne("test: insert customer", """
                insert into customers (name, billing_address, time_zone, language)
                values (?, '1 Test St, Springfield, IL 62701', ?, 'en')
                returning id
                """, row -> row.getLong(1), name, timeZone);
        for (String phone : phoneNumbers) {
            ledger.jdbc().update("test: insert phone",
                    "insert into customer_phone_numbers (customer_id, phone_number) values (?, ?)", id, phone);
        }
        return id;
    }

    /** A USD account with this PIN hash; returns its id. */
    public long account(long customerId, String accountNumber, String pinHash) {
        return ledger.jdbc().queryOne("test: insert account", """
                insert into accounts (customer_id, account_number, currency, pin_hash)
                values (?, ?, 'USD', ?)
                returning id
                """, row -> row.getLong(1), customerId, accountNumber, pinHash);
    }

    /** An invoice issued 30 days before it is due; returns its id. */
    public long invoice(long accountId, String invoiceNumber, BigDecimal amount, BigDecimal openBalance,
            LocalDate dueOn,
            InvoiceStatus status) {
        return ledger.jdbc().queryOne("test: insert invoice",
                """
                        insert into invoices (account_id, invoice_number, currency, amount, open_balance, issued_on, due_on, status)
                        values (?, ?, 'USD', ?, ?, ?, ?, ?)
                        returning id
                        """,
                row -> row.getLong(1), accountId, invoiceNumber, amount, openBalance, dueOn.minusDays(30), dueOn,
                status.name());
    }

    /** A call row (inbound, self-serve, started now), which payments, promises and recordings point at. */
    public String call(String callId) {
        ledger.calls().recordStart(callId, "inbound", "SIP/test-0001", "5551001", "selfserve", Instant.now());
        return callId;
    }

    /** A back-office user with the collector role (a placeholder hash: nobody signs in as it); returns its id. */
    public long collector(String username) {
        return ledger.users().create(new NewUser(username, "Test " + username, FAKE_ARGON2_HASH,
                Set.of(Role.COLLECTOR), Optional.of("PJSIP/2001")), "test").id();
    }

    /** A count of the rows of {@code table} (a fixed table name from the test, never input). */
    public long count(String table) {
        return ledger.jdbc().queryOne("test: count rows", "select count(*) from " + table, row -> row.getLong(1));
    }

    /** An unpaid invoice: open balance equals the amount. */
    public long openInvoice(long accountId, String invoiceNumber, String amount, LocalDate dueOn) {
        BigDecimal value = new BigDecimal(amount);
        return invoice(accountId, invoiceNumber, value, value, dueOn, InvoiceStatus.OPEN);
    }
}
