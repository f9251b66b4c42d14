package org.ledgerline.storage.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.account.JdbcAccountRepository;
import org.ledgerline.storage.account.PinHasher;
import org.ledgerline.storage.audit.JdbcAuditLog;
import org.ledgerline.storage.invoice.AgingBucket;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.seed.DemoLedgerWriter.Invoice;
import org.ledgerline.storage.seed.DemoLedgerWriter.Payment;

/**
 * Fills an empty ledger with the demo data a fresh "just run it" start uses: {@value
 * #SELF_SERVE_CUSTOMER_COUNT} business customers in mixed US time zones, one USD account each,
 * invoices in every aging bucket relative to {@code today}, some part-paid, one locked account, one caller ID shared by two
 * accounts, and disputes under every reason code ({@link DemoDisputes}). A fixed random seed makes
 * every fresh demo ledger identical (for a given {@code today}). After them come the customers the
 * demo collectors work ({@link DemoDebtors}: one in each US zone, flags, a stated inconvenient time)
 * and, once the demo users exist, the collectors' worklists and call history ({@link
 * DemoCollectorWork}, see {@link #seedCollectorWorkIfReady(Ledger, LocalDate)}).
 *
 * <p>Seeds only when no customer exists, under a PostgreSQL advisory lock, so restarts and several
 * nodes starting at once are safe. The public constants are the identities the README quotes.
 */
public final class DemoSeeder {
    /** Every seeded account has this PIN. */
    public static final String DEMO_PIN = "1234";
    /** An account with invoices in every aging bucket and a part-payment. */
    public static final String DEMO_ACCOUNT_NUMBER = "100001";
    /** Caller ID on file for {@link #DEMO_ACCOUNT_NUMBER}. */
    public static final String DEMO_PHONE_NUMBER = "5551001";
    /** An account locked by too many wrong PINs. */
    public static final String LOCKED_ACCOUNT_NUMBER = "100002";
    /** Caller ID of one customer with two accounts: the caller must say which account. */
    public static final String SHARED_PHONE_NUMBER = "5551003";
    /** The two accounts reachable from {@link #SHARED_PHONE_NUMBER}. */
    public static final List<String> SHARED_PHONE_ACCOUNT_NUMBERS = List.of("100003", "100037");
    /** Every seeded customer: the self-serve demo's and the collectors' ({@link DemoDebtors}). */
    public static final int CUSTOMER_COUNT = 44;
    /** The self-serve demo's customers, accounts 100001-100036 (and the shared-phone 100037). */
    static final int SELF_SERVE_CUSTOMER_COUNT = 36;
    /** Wrong PINs recorded on the locked account. */
    public static final int LOCKED_ACCOUNT_FAILED_ATTEMPTS = 3;
    static final String CURRENCY = "USD";

    private static final long RANDOM_SEED = 20_261_124L;
    /** Advisory lock key: "LLSEED" in ASCII, distinct from anything else that might lock. */
    private static final long SEED_LOCK_KEY = 0x4C4C_5345_4544L;
    private static final int FIRST_ACCOUNT_NUMBER = 100_001;
    private static final int FIRST_PHONE_NUMBER = 5_551_001;
    private static final int FIRST_INVOICE_NUMBER = 700_001;
    /** Random invoices draw their bucket from this list (same draws, seed for seed, as indexing values()). */
    private static final List<AgingBucket> ALL_BUCKETS = List.of(AgingBucket.values());

    private final Jdbc jdbc;
    private final PinHasher pinHasher;

    public DemoSeeder(DataSource dataSource, PinHasher pinHasher) {
        this(new Jdbc(dataSource), pinHasher);
    }

    private DemoSeeder(Jdbc jdbc, PinHasher pinHasher) {
        this.jdbc = jdbc;
        this.pinHasher = pinHasher;
    }

    /**
     * The demo collectors' worklists and call history, once: when the demo users ({@code collector1},
     * {@code collector2}) and the demo debtors exist and no account is assigned yet. The node creates
     * the users after the ledger's demo data, so it calls this right after creating them; {@link
     * #seedIfEmpty(LocalDate)} also tries, so a restart completes a demo ledger seeded without it.
     *
     * @return whether it seeded
     */
    public static boolean seedCollectorWorkIfReady(Ledger ledger, LocalDate today) {
        return new DemoSeeder(ledger.jdbc(), PinHasher.standard()).seedCollectorWorkIfReady(today);
    }

    /** Seeds the ledger's database if it has no customers; returns whether it seeded. */
    public static boolean seedIfEmpty(Ledger ledger, PinHasher pinHasher, LocalDate today) {
        return new DemoSeeder(ledger.jdbc(), pinHasher).seedIfEmpty(today);
    }

    /** Seeds this migrated database if it has no customers; returns whether it seeded. */
    public static boolean seedIfEmpty(DataSource dataSource, PinHasher pinHasher, LocalDate today) {
        return new DemoSeeder(dataSource, pinHasher).seedIfEmpty(today);
    }

    /**
     * Seeds if the ledger has no customers, all in one transaction, then the collectors' work if it is
     * ready ({@link #seedCollectorWorkIfReady(LocalDate)}); returns whether it seeded the customers.
     */
    public boolean seedIfEmpty(LocalDate today) {
        boolean seeded = jdbc.inTransaction("seed the demo ledger", () -> {
            jdbc.query("wait for the seed lock", "select pg_advisory_xact_lock(?)", row -> true, SEED_LOCK_KEY);
            boolean empty = jdbc.queryOne("count customers", "select not exists (select 1 from customers)",
                    row -> row.getBoolean(1));
            if (empty) {
                seed(today);
            }
            return empty;
        });
        seedCollectorWorkIfReady(today);
        return seeded;
    }

    /** See {@link #seedCollectorWorkIfReady(Ledger, LocalDate)}; one transaction under the seed lock. */
    public boolean seedCollectorWorkIfReady(LocalDate today) {
        return jdbc.inTransaction("seed the demo collectors' work", () -> {
            jdbc.query("wait for the seed lock", "select pg_advisory_xact_lock(?)", row -> true, SEED_LOCK_KEY);
            boolean seeded = new DemoCollectorWork(jdbc).seedIfReady(today);
            // The demo manager's customers (issue 10), also for a demo ledger seeded before them.
            new DemoManagerPortfolio(jdbc).seedIfReady();
            // The demo dispute descriptions' transcriptions, also for a demo ledger seeded before them.
            DemoDisputes.queueUntranscribedDescriptions(jdbc);
            return seeded;
        });
    }

    private void seed(LocalDate today) {
        Random random = new Random(RANDOM_SEED);
        DemoCompanies companies = new DemoCompanies(random);
        DemoLedgerWriter writer = new DemoLedgerWriter(jdbc);
        Numbers numbers = new Numbers();
        for (int k = 0; k < SELF_SERVE_CUSTOMER_COUNT; k++) {
            DemoCompanies.Company company = companies.next();
            long customerId = writer.customer(
                    company.name(), company.billingAddress(), company.state(), company.timeZone(), "en",
                    Integer.toString(FIRST_PHONE_NUMBER + k));
            String accountNumber = Integer.toString(FIRST_ACCOUNT_NUMBER + k);
            long accountId = writer.account(customerId, accountNumber, CURRENCY, pinHasher.hash(DEMO_PIN));
            if (accountNumber.equals(DEMO_ACCOUNT_NUMBER)) {
                seedEveryBucket(writer, random, numbers, accountId, today);
            } else {
                seedRandomInvoices(writer, random, numbers, accountId, today);
            }
            if (accountNumber.equals(LOCKED_ACCOUNT_NUMBER)) {
                lock(writer, accountId);
            }
            if (accountNumber.equals(SHARED_PHONE_ACCOUNT_NUMBERS.getFirst())) {
                long second = writer.account(customerId, SHARED_PHONE_ACCOUNT_NUMBERS.get(1), CURRENCY,
                        pinHasher.hash(DEMO_PIN));
                seedRandomInvoices(writer, random, numbers, second, today);
            }
        }
        new DemoDisputes(jdbc).seed(today);
        new DemoDebtors(jdbc).seed(today, pinHasher.hash(DEMO_PIN));
    }

    /** The demo account shows the whole menu: one invoice per bucket, the 31-60 one part-paid. */
    private void seedEveryBucket(DemoLedgerWriter writer, Random random, Numbers numbers, long accountId,
            LocalDate today) {
        for (AgingBucket bucket : AgingBucket.values()) {
            seedInvoice(writer, random, numbers, accountId, dueDate(bucket, random, today),
                    bucket == AgingBucket.DAYS_31_TO_60 ? Settlement.PART_PAID : Settlement.UNPAID);
        }
    }

    private void seedRandomInvoices(DemoLedgerWriter writer, Random random, Numbers numbers, long accountId,
            LocalDate today) {
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            AgingBucket bucket = ALL_BUCKETS.get(random.nextInt(ALL_BUCKETS.size()));
            LocalDate due = dueDate(bucket, random, today);
            int roll = random.nextInt(10);
            Settlement settlement = bucket == AgingBucket.CURRENT || roll >= 4
                    ? Settlement.UNPAID
                    : roll >= 1 ? Settlement.PART_PAID : Settlement.PAID;
            seedInvoice(writer, random, numbers, accountId, due, settlement);
        }
    }

    private void seedInvoice(DemoLedgerWriter writer, Random random, Numbers numbers, long accountId, LocalDate due,
            Settlement settlement) {
        BigDecimal amount = BigDecimal.valueOf(5_000 + random.nextInt(495_000), 2);
        BigDecimal paid = switch (settlement) {
            case UNPAID -> BigDecimal.ZERO;
            case PAID -> amount;
            case PART_PAID ->
                amount.multiply(BigDecimal.valueOf(20 + random.nextInt(61), 2)).setScale(2, RoundingMode.DOWN);
        };
        BigDecimal open = amount.subtract(paid);
        String status = switch (settlement) {
            case UNPAID -> "OPEN";
            case PAID -> "PAID";
            case PART_PAID -> "PARTIALLY_PAID";
        };
        LocalDate issued = due.minusDays(30);
        long invoiceId = writer
                .invoice(new Invoice(accountId, numbers.nextInvoice(), amount, open, issued, due, status));
        if (paid.signum() > 0) {
            int n = numbers.nextPayment();
            // Paid ten days after issue, which is always before today for past-due invoices.
            Payment payment = new Payment("seed-payment-" + n, accountId, paid, "S" + (100_000 + n),
                    "VISA", String.format("%04d", random.nextInt(10_000)), 1 + random.nextInt(12),
                    issued.getYear() + 3, issued.plusDays(10).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
            writer.payment(payment, invoiceId);
        }
    }

    private void lock(DemoLedgerWriter writer, long accountId) {
        writer.lock(accountId, LOCKED_ACCOUNT_FAILED_ATTEMPTS);
        new JdbcAuditLog(jdbc).append("seed", JdbcAccountRepository.ACCOUNT_LOCKED, "account", Long.toString(accountId),
                null, "Demo data: locked after " + LOCKED_ACCOUNT_FAILED_ATTEMPTS + " failed PIN attempts");
    }

    /** A due date that puts the invoice in {@code bucket} as of {@code today}. */
    private static LocalDate dueDate(AgingBucket bucket, Random random, LocalDate today) {
        if (bucket == AgingBucket.CURRENT) {
            return today.plusDays(random.nextInt(30));
        }
        int span = bucket == AgingBucket.OVER_90 ? 150 : bucket.toDays() - bucket.fromDays() + 1;
        return today.minusDays(bucket.fromDays() + random.nextInt(span));
    }

    private enum Settlement {
        UNPAID, PART_PAID, PAID
    }

    /** Sequential invoice and payment numbers, so invoice numbers read back as plain digits. */
    private static final class Numbers {
        private int invoices;
        private int payments;

        String nextInvoice() {
            return Integer.toString(FIRST_INVOICE_NUMBER + invoices++);
        }

        int nextPayment() {
            return ++payments;
        }
    }
}
