package org.ledgerline.storage.seed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.ledgerline.storage.jdbc.Jdbc;

/** The INSERTs behind {@link DemoSeeder}; each returns the new row's id. Runs inside the seeder's transaction. */
final class DemoLedgerWriter {
    private static final String INSERT_CUSTOMER = """
            insert into customers (name, billing_address, address_state, time_zone, language)
            values (?, ?, ?, ?, ?)
            returning id
            """;
    private static final String INSERT_PHONE = """
            insert into customer_phone_numbers (customer_id, phone_number)
            values (?, ?)
            """;
    private static final String INSERT_ACCOUNT = """
            insert into accounts (customer_id, account_number, currency, pin_hash)
            values (?, ?, ?, ?)
            returning id
            """;
    private static final String LOCK_ACCOUNT = """
            update accounts
               set failed_pin_attempts = ?, locked_at = now()
             where id = ?
            """;
    private static final String INSERT_INVOICE = """
            insert into invoices (account_id, invoice_number, currency, amount, open_balance, issued_on, due_on, status)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            returning id
            """;
    private static final String INSERT_PAYMENT = """
            insert into payments (idempotency_key, account_id, amount, currency, status, confirmation_number,
                                  gateway_token, card_brand, card_last4, card_expiry_month, card_expiry_year, paid_at)
            values (?, ?, ?, ?, 'CAPTURED', ?, ?, ?, ?, ?, ?, ?)
            returning id
            """;
    private static final String INSERT_ALLOCATION = """
            insert into payment_allocations (payment_id, invoice_id, amount)
            values (?, ?, ?)
            """;

    record Invoice(long accountId, String number, BigDecimal amount, BigDecimal openBalance, LocalDate issuedOn,
            LocalDate dueOn, String status) {}

    record Payment(String key, long accountId, BigDecimal amount, String confirmation, String brand, String last4,
            int expiryMonth, int expiryYear, Instant paidAt) {}

    private final Jdbc jdbc;

    DemoLedgerWriter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    long customer(String name, String billingAddress, String state, String timeZone, String language,
            String phoneNumber) {
        long id = jdbc.queryOne("seed a customer", INSERT_CUSTOMER, row -> row.getLong(1), name, billingAddress,
                state, timeZone, language);
        jdbc.update("seed a phone number", INSERT_PHONE, id, phoneNumber);
        return id;
    }

    long account(long customerId, String accountNumber, String currency, String pinHash) {
        return jdbc.queryOne("seed an account", INSERT_ACCOUNT, row -> row.getLong(1), customerId, accountNumber,
                currency, pinHash);
    }

    void lock(long accountId, int failedAttempts) {
        jdbc.update("lock a seeded account", LOCK_ACCOUNT, failedAttempts, accountId);
    }

    long invoice(Invoice invoice) {
        return jdbc.queryOne("seed an invoice", INSERT_INVOICE, row -> row.getLong(1),
                invoice.accountId(), invoice.number(), DemoSeeder.CURRENCY, invoice.amount(), invoice.openBalance(),
                invoice.issuedOn(), invoice.dueOn(), invoice.status());
    }

    void payment(Payment payment, long invoiceId) {
        long id = jdbc.queryOne("seed a payment", INSERT_PAYMENT, row -> row.getLong(1),
                payment.key(), payment.accountId(), payment.amount(), DemoSeeder.CURRENCY, payment.confirmation(),
                "seed_tok_" + payment.key(), payment.brand(), payment.last4(),
                (short) payment.expiryMonth(), (short) payment.expiryYear(), payment.paidAt());
        jdbc.update("seed a payment allocation", INSERT_ALLOCATION, id, invoiceId, payment.amount());
    }
}
