package org.ledgerline.storage.seed;

import static org.ledgerline.storage.contact.AttemptDisposition.ANSWERED_NO_CONVERSATION;
import static org.ledgerline.storage.contact.AttemptDisposition.BUSY;
import static org.ledgerline.storage.contact.AttemptDisposition.CONVERSATION;
import static org.ledgerline.storage.contact.AttemptDisposition.LEFT_MESSAGE;
import static org.ledgerline.storage.contact.AttemptDisposition.NO_ANSWER;
import static org.ledgerline.storage.contact.AttemptDisposition.VOICEMAIL_NO_MESSAGE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.audit.JdbcAuditLog;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.collector.CollectorCallRepository;
import org.ledgerline.storage.collector.JdbcCollectorAssignmentRepository;
import org.ledgerline.storage.collector.JdbcCollectorCallRepository;
import org.ledgerline.storage.collector.NewCollectorCall;
import org.ledgerline.storage.contact.AttemptDirection;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.CallAttemptRepository;
import org.ledgerline.storage.contact.CustomerPhone;
import org.ledgerline.storage.contact.GateVerdict;
import org.ledgerline.storage.contact.JdbcCallAttemptRepository;
import org.ledgerline.storage.contact.JdbcContactDetailsRepository;
import org.ledgerline.storage.contact.NewCallAttempt;
import org.ledgerline.storage.contact.PhoneType;
import org.ledgerline.storage.jdbc.Jdbc;

/**
 * The demo collectors' worklists and call history. Needs the demo users, which the node creates after
 * the ledger's demo data (ivr-core's {@code DemoUsers}), so this step runs on its own, once: when the
 * users {@value DemoDebtors#COLLECTOR_1} and {@value DemoDebtors#COLLECTOR_2} and the debtors'
 * accounts exist and nobody has been assigned anything yet. Each collector gets four debtors and four
 * of the older demo accounts; the calls are dated relative to {@code today}, in each customer's local
 * time, so the desk shows every state on the day the node starts.
 */
final class DemoCollectorWork {
    /** One seeded call: how many days ago at which local time, and how it ended. */
    private record Plan(String accountNumber, int daysAgo, String localTime, AttemptDisposition disposition,
            @Nullable String number) {
        Plan(String accountNumber, int daysAgo, String localTime, AttemptDisposition disposition) {
            this(accountNumber, daysAgo, localTime, disposition, null);
        }
    }

    private record Collector(long id, @Nullable String endpoint) {}

    private record AccountIds(long accountId, long customerId) {}

    /** A phone number to give an older demo account's customer. */
    private record SeedPhone(String digits, PhoneType type, String areaCodeZone) {}

    /** Older demo accounts (with disputes and varied invoices) added to each worklist. */
    private static final List<String> COLLECTOR_1_ACCOUNTS = List.of("100010", "100011", "100012", "100013");
    private static final List<String> COLLECTOR_2_ACCOUNTS = List.of("100014", "100015", "100016", "100017");
    /**
     * A number for each older account's customer (they had none), across the zones, so every
     * worklist has accounts the gate lets a collector call at most hours of a working day.
     */
    private static final Map<String, SeedPhone> OLDER_ACCOUNT_PHONES = Map.of(
            "100010", phone("2125550170", PhoneType.MOBILE, "America/New_York"),
            "100011", phone("3125550171", PhoneType.MOBILE, "America/Chicago"),
            "100012", phone("2065550172", PhoneType.WORK, "America/Los_Angeles"),
            "100013", phone("3035550173", PhoneType.HOME, "America/Denver"),
            "100014", phone("6175550174", PhoneType.MOBILE, "America/New_York"),
            "100015", phone("7135550175", PhoneType.WORK, "America/Chicago"),
            "100016", phone("6025550176", PhoneType.MOBILE, "America/Phoenix"),
            "100017", phone("4155550177", PhoneType.HOME, "America/Los_Angeles"));
    private static final Set<AttemptDisposition> ANSWERED = Set.of(CONVERSATION, ANSWERED_NO_CONVERSATION,
            LEFT_MESSAGE, VOICEMAIL_NO_MESSAGE);

    private static final List<Plan> PLANS = List.of(
            new Plan(DemoDebtors.SEVEN_CALLS_ACCOUNT, 6, "12:00", NO_ANSWER),
            new Plan(DemoDebtors.SEVEN_CALLS_ACCOUNT, 5, "18:45", ANSWERED_NO_CONVERSATION),
            new Plan(DemoDebtors.SEVEN_CALLS_ACCOUNT, 4, "11:20", NO_ANSWER),
            new Plan(DemoDebtors.SEVEN_CALLS_ACCOUNT, 3, "13:05", VOICEMAIL_NO_MESSAGE),
            new Plan(DemoDebtors.SEVEN_CALLS_ACCOUNT, 2, "09:30", NO_ANSWER),
            new Plan(DemoDebtors.SEVEN_CALLS_ACCOUNT, 1, "10:15", NO_ANSWER),
            new Plan(DemoDebtors.SEVEN_CALLS_ACCOUNT, 1, "16:40", LEFT_MESSAGE),
            new Plan(DemoDebtors.RECENT_CONVERSATION_ACCOUNT, 9, "10:00", NO_ANSWER),
            new Plan(DemoDebtors.RECENT_CONVERSATION_ACCOUNT, 2, "11:05", CONVERSATION),
            new Plan(DemoDebtors.DO_NOT_CALL_ACCOUNT, 12, "14:30", CONVERSATION),
            new Plan(DemoDebtors.AT_WORK_ACCOUNT, 3, "18:20", LEFT_MESSAGE),
            new Plan(DemoDebtors.WRONG_NUMBER_ACCOUNT, 15, "10:10", ANSWERED_NO_CONVERSATION, DemoDebtors.WRONG_NUMBER),
            new Plan(DemoDebtors.WRONG_NUMBER_ACCOUNT, 5, "09:45", NO_ANSWER),
            new Plan(DemoDebtors.WRONG_NUMBER_ACCOUNT, 4, "17:30", BUSY),
            new Plan(DemoDebtors.ATTORNEY_ACCOUNT, 20, "12:00", CONVERSATION),
            new Plan(DemoDebtors.CLEARED_FLAG_ACCOUNT, 6, "15:15", VOICEMAIL_NO_MESSAGE),
            new Plan(DemoDebtors.SPLIT_ZONE_ACCOUNT, 8, "11:00", NO_ANSWER));

    private static final String COLLECTOR = "select id, telephony_endpoint from users where username = ?";
    private static final String ACCOUNT = "select id, customer_id from accounts where account_number = ?";
    private static final String ANY_ASSIGNMENT = "select exists (select 1 from collector_assignments)";

    private final Jdbc jdbc;
    private final CollectorCallRepository calls;
    private final CallAttemptRepository attempts;
    private int callNumber;

    DemoCollectorWork(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.calls = new JdbcCollectorCallRepository(jdbc);
        this.attempts = new JdbcCallAttemptRepository(jdbc);
    }

    /** Seeds the worklists and history if the users and debtors exist and nothing is assigned yet. */
    boolean seedIfReady(LocalDate today) {
        Optional<Collector> first = collector(DemoDebtors.COLLECTOR_1);
        Optional<Collector> second = collector(DemoDebtors.COLLECTOR_2);
        boolean ready = first.isPresent() && second.isPresent()
                && account(DemoDebtors.SEVEN_CALLS_ACCOUNT).isPresent()
                && !jdbc.queryOne("look for assignments", ANY_ASSIGNMENT, row -> row.getBoolean(1));
        if (!ready) {
            return false;
        }
        assign(first.get(), DemoDebtors.COLLECTOR_1, COLLECTOR_1_ACCOUNTS, today);
        assign(second.get(), DemoDebtors.COLLECTOR_2, COLLECTOR_2_ACCOUNTS, today);
        for (Plan plan : PLANS) {
            Collector collector = debtorCollector(plan.accountNumber(), first.get(), second.get());
            call(collector, plan, today);
        }
        Collector caller = first.get();
        AccountIds dnc = requiredAccount(DemoDebtors.DO_NOT_CALL_ACCOUNT);
        Instant refusedAt = DemoDebtors.at(today, 1, "10:00", DemoDebtors.DO_NOT_CALL_ACCOUNT);
        String key = "seed-call-" + ++callNumber;
        String number = DemoDebtors.debtor(DemoDebtors.DO_NOT_CALL_ACCOUNT).phone();
        CollectorCall denied = calls
                .record(new NewCollectorCall(key, caller.id(), dnc.customerId(), dnc.accountId(), caller.endpoint(),
                        number, GateVerdict.deny("DO_NOT_CALL"), false, null, null, null, refusedAt));
        attempts.record(NewCallAttempt.denied(key + "/" + dnc.accountId(), dnc.accountId(), number, caller.id(),
                denied.id(), refusedAt,
                "DO_NOT_CALL"));
        return true;
    }

    private void assign(Collector collector, String username, List<String> olderAccounts, LocalDate today) {
        JdbcCollectorAssignmentRepository assignments = new JdbcCollectorAssignmentRepository(jdbc,
                new JdbcAuditLog(jdbc));
        Instant from = today.minusDays(30).atTime(LocalTime.of(14, 0)).toInstant(ZoneOffset.UTC);
        for (DemoDebtors.Debtor debtor : DemoDebtors.DEBTORS) {
            if (debtor.collector().equals(username)) {
                assignments.assign(collector.id(), requiredAccount(debtor.accountNumber()).accountId(), from,
                        "demo-seed");
            }
        }
        JdbcContactDetailsRepository details = new JdbcContactDetailsRepository(jdbc);
        for (String accountNumber : olderAccounts) {
            account(accountNumber).ifPresent(ids -> {
                assignments.assign(collector.id(), ids.accountId(), from, "demo-seed");
                SeedPhone number = OLDER_ACCOUNT_PHONES.get(accountNumber);
                if (number != null) {
                    details.savePhone(new CustomerPhone(ids.customerId(), number.digits(), number.type(),
                            List.of(number.areaCodeZone())));
                }
            });
        }
    }

    private static SeedPhone phone(String digits, PhoneType type, String areaCodeZone) {
        return new SeedPhone(digits, type, areaCodeZone);
    }

    private void call(Collector collector, Plan plan, LocalDate today) {
        AccountIds ids = requiredAccount(plan.accountNumber());
        String number = plan.number() != null ? plan.number() : DemoDebtors.debtor(plan.accountNumber()).phone();
        Instant placed = DemoDebtors.at(today, plan.daysAgo(), plan.localTime(), plan.accountNumber());
        boolean answered = ANSWERED.contains(plan.disposition());
        Instant answeredAt = answered ? placed.plusSeconds(14) : null;
        Instant endedAt = placed.plusSeconds(plan.disposition() == CONVERSATION ? 312 : answered ? 58 : 35);
        String key = "seed-call-" + ++callNumber;
        CollectorCall call = calls.record(new NewCollectorCall(key, collector.id(), ids.customerId(), ids.accountId(),
                collector.endpoint(), number, GateVerdict.allow(), true, null, null, null, placed));
        if (answeredAt != null) {
            calls.recordAnswer(call.id(), answeredAt);
        }
        calls.recordEnd(call.id(), endedAt, plan.disposition());
        attempts.record(new NewCallAttempt(key + "/" + ids.accountId(), ids.accountId(), AttemptDirection.OUTBOUND,
                number,
                collector.id(), call.id(), placed, answeredAt, endedAt, GateVerdict.allow(), plan.disposition()));
    }

    private static Collector debtorCollector(String accountNumber, Collector first, Collector second) {
        return DemoDebtors.debtor(accountNumber).collector().equals(DemoDebtors.COLLECTOR_1) ? first : second;
    }

    private Optional<Collector> collector(String username) {
        return jdbc.queryOptional("find a demo collector", COLLECTOR,
                row -> new Collector(row.getLong("id"), row.getString("telephony_endpoint")), username);
    }

    private Optional<AccountIds> account(String accountNumber) {
        return jdbc.queryOptional("find a demo account", ACCOUNT,
                row -> new AccountIds(row.getLong("id"), row.getLong("customer_id")), accountNumber);
    }

    private AccountIds requiredAccount(String accountNumber) {
        return account(accountNumber)
                .orElseThrow(() -> new IllegalStateException("Demo account " + accountNumber + " is missing"));
    }
}
