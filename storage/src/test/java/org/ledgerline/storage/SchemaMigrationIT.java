package org.ledgerline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.jdbc.DuplicateKeyException;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class SchemaMigrationIT {
    private static final List<String> CALL_WRITTEN_TABLES = List.of("payments", "promises_to_pay", "disputes", "alerts",
            "recordings", "pin_attempts", "contact_attempts", "collector_calls");

    private LedgerSettings settings;
    private Ledger ledger;

    @BeforeEach
    void openLedger() {
        settings = TestLedgers.newDatabase();
        ledger = Ledger.open(settings);
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    @Test
    void createsEveryLedgerTable() {
        List<String> tables = ledger.jdbc().query("list tables", """
                select table_name from information_schema.tables
                 where table_schema = 'public' and table_name <> 'flyway_schema_history'
                 order by table_name
                """, row -> row.getString(1));

        assertThat(tables).containsExactlyInAnyOrder(
                "customers", "customer_phone_numbers", "accounts", "invoices", "payments", "payment_allocations",
                "promises_to_pay", "promise_invoices", "dispute_reasons", "disputes", "calls", "recordings",
                "transcripts", "transcript_segments", "credit_scores", "alerts", "audit_log", "pin_attempts",
                "users", "user_roles", "sessions", "api_tokens", "mail_outbox", "collector_assignments",
                "collector_calls", "contact_attempts", "customer_flags", "inconvenient_times", "call_recordings",
                "recording_pauses",
                "transcription_jobs",
                // V9: who manages which customer, the segments' search rows, and the view of a transcript's call
                // facts (views are listed too).
                "credit_manager_customers", "segment_search", "transcript_call_facts");
    }

    @Test
    void seedsTheDefaultDisputeReasonsActive() {
        List<String> codes = ledger.jdbc().query("list reasons",
                "select code from dispute_reasons where active order by sort_order", row -> row.getString(1));

        assertThat(codes).containsExactly(
                "PRICING_ERROR", "GOODS_DAMAGED", "NOT_RECEIVED", "DUPLICATE_BILLING", "QUANTITY_MISMATCH", "OTHER");
    }

    @Test
    void reopeningAnUpToDateLedgerAppliesNothingTwice() {
        String countApplied = "select count(*) from flyway_schema_history where success";
        int before = ledger.jdbc().queryOne("count migrations", countApplied, row -> row.getInt(1));

        Ledger.open(settings).close();

        int after = ledger.jdbc().queryOne("count migrations", countApplied, row -> row.getInt(1));
        assertThat(before).isGreaterThanOrEqualTo(3);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void everyTableACallWritesHasARequiredUniqueIdempotencyKey() {
        for (String table : CALL_WRITTEN_TABLES) {
            String nullable = ledger.jdbc().queryOne("read column", """
                    select is_nullable from information_schema.columns
                     where table_name = ? and column_name = 'idempotency_key'
                    """, row -> row.getString(1), table);
            boolean unique = ledger.jdbc().queryOne("read constraint", """
                    select exists (
                        select 1 from pg_index i
                          join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
                         where i.indrelid = ?::regclass and i.indisunique and i.indnatts = 1
                           and a.attname = 'idempotency_key')
                    """, row -> row.getBoolean(1), table);
            assertThat(nullable).as(table).isEqualTo("NO");
            assertThat(unique).as(table).isTrue();
        }
    }

    @Test
    void pinAttemptsKeepWhoWhenAndTheOutcomeButNothingTheCallerKeyed() {
        List<String> columns = ledger.jdbc().query("list columns", """
                select column_name from information_schema.columns
                 where table_schema = 'public' and table_name = 'pin_attempts'
                """, row -> row.getString(1));

        assertThat(columns).containsExactlyInAnyOrder(
                "id", "idempotency_key", "account_id", "call_id", "outcome", "attempted_at");
    }

    @Test
    void auditLinesMayCarryTheKeyOfTheCallWriteTheyRecordAndEachKeyAuditsOnce() {
        String nullable = ledger.jdbc().queryOne("read column", """
                select is_nullable from information_schema.columns
                 where table_name = 'audit_log' and column_name = 'idempotency_key'
                """, row -> row.getString(1));
        String insert = "insert into audit_log (idempotency_key, actor, action, subject_type, subject_id) values (?, 'ivr', 'X', 'account', '1')";
        ledger.jdbc().update("audit", insert, "c-1/pin-failure/3");

        assertThat(nullable).as("lines written outside calls have no key").isEqualTo("YES");
        assertThatThrownBy(() -> ledger.jdbc().update("audit", insert, "c-1/pin-failure/3"))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aRepeatedIdempotencyKeyIsReportedAsADuplicateNamingTheConstraintButNotTheValue() {
        String insert = "insert into alerts (idempotency_key, kind, severity, message) values (?, 'PROMISE_BROKEN', 'WARNING', 'x')";
        ledger.jdbc().update("raise an alert", insert, "secret-key-42");

        assertThatThrownBy(() -> ledger.jdbc().update("raise an alert", insert, "secret-key-42"))
                .isInstanceOfSatisfying(DuplicateKeyException.class,
                        e -> assertThat(e.constraint()).isEqualTo("alerts_idempotency_key_key"))
                .satisfies(e -> assertThat(fullMessages(e)).doesNotContain("secret-key-42"));
    }

    @Test
    void noColumnIsNamedForCardNumbersOrSecurityCodes() {
        List<String> suspicious = ledger.jdbc().query("list columns", """
                select table_name || '.' || column_name from information_schema.columns
                 where table_schema = 'public'
                   and column_name ~ '(pan|card_number|cardnumber|cvv|cvc|security_code|track)'
                """, row -> row.getString(1));

        assertThat(suspicious).isEmpty();
    }

    @Test
    void aPaymentRefusesACardNumberInTheGatewayToken() {
        LedgerRows rows = new LedgerRows(ledger);
        long account = rows.account(rows.customer("Acme", "America/Chicago"), "2001", "hash");

        assertThatThrownBy(() -> ledger.jdbc().update("take a payment", """
                insert into payments (idempotency_key, account_id, amount, currency, status, gateway_token)
                values ('k1', ?, 10.00, 'USD', 'CAPTURED', ?)
                """, account, "tok_4111111111111111"))
                .isInstanceOf(StorageException.class)
                .isNotInstanceOf(DuplicateKeyException.class)
                .satisfies(e -> assertThat(fullMessages(e)).doesNotContain("4111111111111111"));
    }

    @Test
    void invoicesRefuseImpossibleMoney() {
        LedgerRows rows = new LedgerRows(ledger);
        long account = rows.account(rows.customer("Acme", "America/Chicago"), "2001", "hash");
        LocalDate due = LocalDate.of(2026, 1, 31);

        assertThatThrownBy(() -> rows.openInvoice(account, "1", "0.00", due)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> rows.invoice(account, "2", new java.math.BigDecimal("10.00"),
                new java.math.BigDecimal("10.01"), due, org.ledgerline.storage.invoice.InvoiceStatus.OPEN))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> ledger.jdbc().update("insert", """
                insert into invoices (account_id, invoice_number, currency, amount, open_balance, issued_on, due_on)
                values (?, '3', 'usd', 10, 10, date '2026-01-01', date '2026-01-31')
                """, account)).isInstanceOf(StorageException.class);
    }

    static String fullMessages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
