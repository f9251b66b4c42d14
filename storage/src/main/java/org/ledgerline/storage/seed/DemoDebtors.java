package org.ledgerline.storage.seed;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ledgerline.storage.audit.JdbcAuditLog;
import org.ledgerline.storage.contact.ContactDetailsRepository;
import org.ledgerline.storage.contact.CustomerPhone;
import org.ledgerline.storage.contact.FlagRecord;
import org.ledgerline.storage.contact.FlagRepository;
import org.ledgerline.storage.contact.FlagType;
import org.ledgerline.storage.contact.JdbcContactDetailsRepository;
import org.ledgerline.storage.contact.JdbcFlagRepository;
import org.ledgerline.storage.contact.JdbcInconvenientTimeRepository;
import org.ledgerline.storage.contact.NewFlag;
import org.ledgerline.storage.contact.NewInconvenientTime;
import org.ledgerline.storage.contact.PhoneType;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.seed.DemoLedgerWriter.Invoice;

/**
 * The customers the demo collectors work, added after the self-serve demo accounts (whose numbers,
 * PINs, phones and balances stay as they were): one in each US zone (Eastern, Central, Mountain,
 * Arizona, Pacific, Alaska, Hawaii) with a real ten-digit number whose area code matches, plus one
 * in Phoenix whose New York mobile puts the area code in another zone. Each has two past-due
 * invoices; some carry the flags and stated times the desk must show (do-not-call, attorney, a
 * wrong number, a cleared cease-communication flag as history, "at work on weekdays").
 */
final class DemoDebtors {
    /** A collectors' demo customer, its one account and who works it. */
    record Debtor(String accountNumber, String name, String address, String state, String zone, String phone,
            PhoneType phoneType, List<String> areaCodeZones, String collector) {}

    static final String COLLECTOR_1 = "collector1";
    static final String COLLECTOR_2 = "collector2";
    /** Attempts on 7 days this week: the gate refuses an eighth call. */
    static final String SEVEN_CALLS_ACCOUNT = "100038";
    /** A conversation two days ago: no call for the rest of the seven days. */
    static final String RECENT_CONVERSATION_ACCOUNT = "100039";
    static final String DO_NOT_CALL_ACCOUNT = "100040";
    static final String AT_WORK_ACCOUNT = "100041";
    static final String WRONG_NUMBER_ACCOUNT = "100042";
    static final String ATTORNEY_ACCOUNT = "100043";
    static final String CLEARED_FLAG_ACCOUNT = "100044";
    /** Address in Phoenix, mobile from New York: the call must suit both zones. */
    static final String SPLIT_ZONE_ACCOUNT = "100045";
    /** The second number of {@link #WRONG_NUMBER_ACCOUNT}'s customer: it reaches a bakery. */
    static final String WRONG_NUMBER = "2135550159";

    static final List<Debtor> DEBTORS = List.of(
            new Debtor(SEVEN_CALLS_ACCOUNT, "Hudson Bay Trading Co.", "210 Canal St, New York, NY 10013", "NY",
                    "America/New_York", "2125550141", PhoneType.MOBILE, List.of("America/New_York"), COLLECTOR_1),
            new Debtor(RECENT_CONVERSATION_ACCOUNT, "Lakeshore Fixtures Inc.", "455 W Lake St, Chicago, IL 60606", "IL",
                    "America/Chicago", "3125550142", PhoneType.WORK, List.of("America/Chicago"), COLLECTOR_1),
            new Debtor(DO_NOT_CALL_ACCOUNT, "Front Range Feed & Seed LLC", "1600 Wazee St, Denver, CO 80202", "CO",
                    "America/Denver", "3035550143", PhoneType.HOME, List.of("America/Denver"), COLLECTOR_1),
            new Debtor(AT_WORK_ACCOUNT, "Saguaro Tile Works", "32 N 2nd St, Phoenix, AZ 85004", "AZ", "America/Phoenix",
                    "6025550144", PhoneType.MOBILE, List.of("America/Phoenix"), COLLECTOR_1),
            new Debtor(WRONG_NUMBER_ACCOUNT, "Pacific Crest Provisions Co.", "800 S Figueroa St, Los Angeles, CA 90017",
                    "CA", "America/Los_Angeles", "2135550145", PhoneType.WORK, List.of("America/Los_Angeles"),
                    COLLECTOR_2),
            new Debtor(ATTORNEY_ACCOUNT, "Denali Marine Supply", "420 L St, Anchorage, AK 99501", "AK",
                    "America/Anchorage", "9075550146", PhoneType.HOME, List.of("America/Adak", "America/Anchorage"),
                    COLLECTOR_2),
            new Debtor(CLEARED_FLAG_ACCOUNT, "Kona Coast Wholesale", "1001 Bishop St, Honolulu, HI 96813", "HI",
                    "Pacific/Honolulu", "8085550147", PhoneType.MOBILE, List.of("Pacific/Honolulu"), COLLECTOR_2),
            new Debtor(SPLIT_ZONE_ACCOUNT, "Red Rock Outfitters", "77 E Washington St, Phoenix, AZ 85004", "AZ",
                    "America/Phoenix", "6465550148", PhoneType.MOBILE, List.of("America/New_York"), COLLECTOR_2));

    private static final String NEXT_INVOICE_NUMBER = "select coalesce(max(invoice_number::bigint), 700000) + 1 from invoices";

    private final Jdbc jdbc;
    private final DemoLedgerWriter writer;
    private final ContactDetailsRepository details;
    private final FlagRepository flags;

    DemoDebtors(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.writer = new DemoLedgerWriter(jdbc);
        this.details = new JdbcContactDetailsRepository(jdbc);
        this.flags = new JdbcFlagRepository(jdbc, new JdbcAuditLog(jdbc));
    }

    /** Seeds the debtors, their invoices, flags and stated times, dated relative to {@code today}. */
    void seed(LocalDate today, String pinHash) {
        long invoiceNumber = jdbc.queryOne("number the debtors' invoices", NEXT_INVOICE_NUMBER, row -> row.getLong(1));
        Map<String, Long> customers = new HashMap<>();
        for (int k = 0; k < DEBTORS.size(); k++) {
            Debtor debtor = DEBTORS.get(k);
            long customerId = writer.customer(debtor.name(), debtor.address(), debtor.state(), debtor.zone(), "en",
                    debtor.phone());
            details.savePhone(new CustomerPhone(customerId, debtor.phone(), debtor.phoneType(),
                    debtor.areaCodeZones()));
            long accountId = writer.account(customerId, debtor.accountNumber(), DemoSeeder.CURRENCY, pinHash);
            customers.put(debtor.accountNumber(), customerId);
            pastDue(accountId, Long.toString(invoiceNumber++), new BigDecimal("1200.00").add(BigDecimal.valueOf(27_550L
                    * k, 2)), today.minusDays(45));
            pastDue(accountId, Long.toString(invoiceNumber++), new BigDecimal("640.25").add(BigDecimal.valueOf(9_000L
                    * k, 2)), today.minusDays(75));
        }
        flagAndNote(customers, today);
    }

    private void pastDue(long accountId, String number, BigDecimal amount, LocalDate due) {
        writer.invoice(new Invoice(accountId, number, amount, amount, due.minusDays(30), due, "OPEN"));
    }

    private void flagAndNote(Map<String, Long> customers, LocalDate today) {
        flags.set(NewFlag.onCustomer(customerOf(customers, DO_NOT_CALL_ACCOUNT), FlagType.DO_NOT_CALL, COLLECTOR_1,
                at(today, 12, "14:34", DO_NOT_CALL_ACCOUNT),
                "Asked on the phone not to be called again; write instead"));
        flags.set(NewFlag.onCustomer(customerOf(customers, ATTORNEY_ACCOUNT), FlagType.ATTORNEY_REPRESENTED,
                COLLECTOR_2, at(today, 20, "12:06", ATTORNEY_ACCOUNT), "Represented by Birch & Tundra LLP, Anchorage"));
        long wrongNumberCustomer = customerOf(customers, WRONG_NUMBER_ACCOUNT);
        details.savePhone(new CustomerPhone(wrongNumberCustomer, WRONG_NUMBER, PhoneType.HOME,
                List.of("America/Los_Angeles")));
        flags.set(NewFlag.wrongNumber(wrongNumberCustomer, WRONG_NUMBER, COLLECTOR_2,
                at(today, 15, "10:12", WRONG_NUMBER_ACCOUNT), "Reached a bakery; they do not know the customer"));
        FlagRecord cease = flags.set(NewFlag.onCustomer(customerOf(customers, CLEARED_FLAG_ACCOUNT),
                FlagType.CEASE_COMMUNICATION, "manager", at(today, 40, "09:00", CLEARED_FLAG_ACCOUNT),
                "Letter asking us to stop contacting them"));
        flags.clear(cease.id(), "manager", at(today, 30, "09:00", CLEARED_FLAG_ACCOUNT));
        new JdbcInconvenientTimeRepository(jdbc).record(new NewInconvenientTime(customerOf(customers, AT_WORK_ACCOUNT),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
                "At work on weekdays, cannot take calls there; evenings are fine", COLLECTOR_1,
                at(today, 3, "18:24", AT_WORK_ACCOUNT)));
    }

    private static long customerOf(Map<String, Long> customers, String accountNumber) {
        Long id = customers.get(accountNumber);
        if (id == null) {
            throw new IllegalStateException("No demo debtor with account " + accountNumber);
        }
        return id;
    }

    /** A local time {@code daysAgo} days before {@code today} in the zone of the debtor's address. */
    static Instant at(LocalDate today, int daysAgo, String localTime, String accountNumber) {
        return today.minusDays(daysAgo).atTime(LocalTime.parse(localTime)).atZone(zoneOf(accountNumber)).toInstant();
    }

    static ZoneId zoneOf(String accountNumber) {
        return ZoneId.of(debtor(accountNumber).zone());
    }

    static Debtor debtor(String accountNumber) {
        return DEBTORS.stream().filter(debtor -> debtor.accountNumber().equals(accountNumber)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo debtor with account " + accountNumber));
    }
}
