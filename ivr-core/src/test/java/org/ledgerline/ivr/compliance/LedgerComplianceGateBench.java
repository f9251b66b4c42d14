package org.ledgerline.ivr.compliance;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.contact.AttemptDirection;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.CustomerPhone;
import org.ledgerline.storage.contact.FlagType;
import org.ledgerline.storage.contact.GateVerdict;
import org.ledgerline.storage.contact.NewCallAttempt;
import org.ledgerline.storage.contact.NewFlag;
import org.ledgerline.storage.contact.NewInconvenientTime;
import org.ledgerline.storage.contact.PhoneType;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * {@link ComplianceGateBench}'s load with PostgreSQL behind the ports: the gate reads the call
 * history, flags, address and stated times through the ledger adapters (four queries per decision)
 * from an embedded PostgreSQL filled with generated customers in every US zone (one in five on a
 * number from another zone), each with up to 13 calls over the last nine days in every disposition,
 * one in 30 flagged and one in 10 "at work on weekdays". The decision's own write (the
 * {@code contact_attempts} row and audit line) is not part of it. Not a unit test: run it as
 * {@code java -cp <ivr-core test classpath>
 * org.ledgerline.ivr.compliance.LedgerComplianceGateBench [accounts] [seconds] [threads] [rate]}.
 */
public final class LedgerComplianceGateBench {
    private static final AttemptDisposition[] DISPOSITIONS = AttemptDisposition.values();
    private static final FlagType[] FLAG_TYPES = FlagType.values();
    private static final int BATCH = 250;

    private LedgerComplianceGateBench() {}

    public static void main(String[] args) throws InterruptedException {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;

        try (Ledger ledger = TestLedgers.newLedger()) {
            long filling = System.nanoTime();
            CallRequest[] requests = new CallRequest[accounts];
            SplittableRandom random = new SplittableRandom(42);
            int calls = 0;
            for (int from = 1; from <= accounts; from += BATCH) {
                int first = from;
                calls += ledger.inTransaction("bench: generate accounts", () -> {
                    int written = 0;
                    for (int id = first; id < first + BATCH && id <= accounts; id++) {
                        written += generate(ledger, id, random, requests);
                    }
                    return written;
                });
            }
            ComplianceGate gate = new ComplianceGate(new LedgerContactHistory(ledger.callAttempts()),
                    new LedgerCustomerFlags(ledger.flags()), new LedgerCustomerLocations(ledger.contactDetails()),
                    AreaCodeZones.load(), new LedgerInconvenientTimes(ledger.inconvenientTimes()));
            System.out.printf("PostgreSQL: accounts %,d, calls in history %,d (generated in %d s), threads %d, pool %d,"
                    + " cores %d, %s%n", accounts, calls, Duration.ofNanos(System.nanoTime() - filling).toSeconds(),
                    threads, TestLedgers.POOL_SIZE, Runtime.getRuntime().availableProcessors(), Runtime.version());

            ComplianceGateBench.run(gate, requests, threads, Duration.ofSeconds(2), 0, false);
            ComplianceGateBench.run(gate, requests, threads, Duration.ofSeconds(seconds), 0, true);
            ComplianceGateBench.run(gate, requests, threads, Duration.ofSeconds(seconds), rate, true);
        }
    }

    /** One customer with one account, its number, history, and maybe a flag or a stated time. */
    private static int generate(Ledger ledger, int id, SplittableRandom random, CallRequest[] requests) {
        String[] home = ComplianceGateBench.HOMES[id % ComplianceGateBench.HOMES.length];
        String[] numberHome = id % 5 == 0
                ? ComplianceGateBench.HOMES[(id + 3) % ComplianceGateBench.HOMES.length]
                : home;
        String phone = numberHome[2] + "555" + String.format("%04d", id % 10_000);
        LedgerRows rows = new LedgerRows(ledger);
        long customer = rows.customer("Bench Customer " + id, home[1]);
        ledger.contactDetails().savePhone(new CustomerPhone(customer, phone, PhoneType.MOBILE, List.of(numberHome[1])));
        ledger.contactDetails().setAddressState(customer, home[0]);
        long account = rows.account(customer, Long.toString(70_000_000L + id), "bench");
        requests[id - 1] = new CallRequest("bench", customer, account, phone);
        Instant dayStart = ComplianceGateBench.DAY_START;
        int history = random.nextInt(14);
        for (int c = 0; c < history; c++) {
            AttemptDisposition disposition = DISPOSITIONS[random.nextInt(DISPOSITIONS.length)];
            if (disposition == AttemptDisposition.CONVERSATION && random.nextInt(3) > 0) {
                disposition = AttemptDisposition.NO_ANSWER;
            }
            Instant at = dayStart.minus(Duration.ofMinutes(random.nextInt(9 * 24 * 60)));
            String key = "bench-" + id + "-" + c;
            ledger.callAttempts().record(random.nextInt(10) == 0
                    ? NewCallAttempt.inbound(key, account, phone, null, at, disposition)
                    : new NewCallAttempt(key, account, AttemptDirection.OUTBOUND, phone, null, null, at, null, null,
                            GateVerdict.allow(), disposition));
        }
        if (random.nextInt(30) == 0) {
            FlagType type = FLAG_TYPES[random.nextInt(FLAG_TYPES.length)];
            ledger.flags().set(type.perPhoneNumber()
                    ? NewFlag.wrongNumber(customer, phone, "bench", dayStart.minusSeconds(86_400), "")
                    : NewFlag.onCustomer(customer, type, "bench", dayStart.minusSeconds(86_400), ""));
        }
        if (random.nextInt(10) == 0) {
            ledger.inconvenientTimes().record(new NewInconvenientTime(customer,
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
                    "at work", "bench", dayStart.minusSeconds(86_400)));
        }
        return history;
    }
}
