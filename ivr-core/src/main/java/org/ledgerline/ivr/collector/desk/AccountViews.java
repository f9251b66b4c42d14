package org.ledgerline.ivr.collector.desk;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.dispute.desk.DeskFormat;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.collector.CallRecording;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.collector.RecordingLeg;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.FlagRecord;
import org.ledgerline.storage.contact.FlagType;
import org.ledgerline.storage.dispute.DisputeQuery;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.user.BackOfficeUser;

/** Reads the parts of the account view from the ledger and formats them. Blocking; one per request. */
final class AccountViews {
    /** Where a collector call's leg is played from (served by the recordings' playback route). */
    static final String RECORDING_SRC = "/recordings/collector-calls/%d/%s";
    private static final List<RecordingLeg> LEG_ORDER = List.of(RecordingLeg.MIX, RecordingLeg.COLLECTOR,
            RecordingLeg.CUSTOMER);

    private final Ledger ledger;
    private final DeskFormat format;
    private final Map<Long, String> usernames = new HashMap<>();

    AccountViews(Ledger ledger, DeskFormat format) {
        this.ledger = ledger;
        this.format = format;
    }

    List<AccountPage.InvoiceLine> invoices(List<Invoice> open, LocalDate today) {
        return open.stream().map(invoice -> new AccountPage.InvoiceLine(invoice.id(), invoice.invoiceNumber(),
                invoice.dueOn().toString(), invoice.daysPastDue(today),
                DeskFormat.money(invoice.currency(), invoice.amount()),
                DeskFormat.money(invoice.currency(), invoice.openBalance()), invoice.status().name())).toList();
    }

    List<AccountPage.PromiseLine> promises(long accountId) {
        return ledger.promises().findByAccount(accountId, CollectorDesk.LIST_LIMIT).stream()
                .map(p -> new AccountPage.PromiseLine(p.id(), p.referenceNumber(),
                        DeskFormat.money(p.currency(), p.amount()), p.promisedFor().toString(), p.status().name(),
                        format.dateTime(p.createdAt()), p.callId() == null ? "" : p.callId()))
                .toList();
    }

    List<AccountPage.DisputeLine> disputes(Account account) {
        return ledger.disputes().search(DisputeQuery.all().withCustomerId(account.customerId())
                .withPage(CollectorDesk.LIST_LIMIT, 0)).items().stream()
                .filter(d -> d.accountId() == account.id())
                .map(d -> new AccountPage.DisputeLine(d.id(), d.referenceNumber(), d.invoiceNumber(),
                        d.reasonDescription(), d.status().name(), format.dateTime(d.createdAt()),
                        d.callId() == null ? "" : d.callId()))
                .toList();
    }

    List<AccountPage.FlagLine> flags(long customerId) {
        return ledger.flags().flagsOf(customerId).reversed().stream().map(this::flag).toList();
    }

    private AccountPage.FlagLine flag(FlagRecord f) {
        String cleared = f.clearedAt() == null
                ? ""
                : "cleared by " + f.clearedBy() + " " + format.dateTime(f.clearedAt());
        return new AccountPage.FlagLine(f.id(), words(f.type().name()),
                f.phoneNumber() == null ? "customer" : "number " + f.phoneNumber(), f.active(), f.setBy(),
                format.dateTime(f.setAt()), f.note(), cleared);
    }

    List<AccountPage.CallLine> calls(long accountId) {
        return ledger.collectorCalls().findByAccount(accountId, CollectorDesk.LIST_LIMIT).stream().map(call -> {
            List<AccountPage.RecordingLink> recordings = ledger.callRecordings().recordingsOf(call.id()).stream()
                    .sorted((a, b) -> Integer.compare(LEG_ORDER.indexOf(a.leg()), LEG_ORDER.indexOf(b.leg())))
                    .map(recording -> recording(call, recording)).toList();
            return new AccountPage.CallLine(call.id(), format.dateTime(call.startedAt()),
                    username(call.collectorUserId()), call.dialledNumber(), outcome(call), duration(call),
                    recordings);
        }).toList();
    }

    private static AccountPage.RecordingLink recording(CollectorCall call, CallRecording recording) {
        String leg = recording.leg().name().toLowerCase(Locale.ROOT);
        String label = switch (recording.leg()) {
            case MIX -> "Both sides";
            case COLLECTOR -> "Collector";
            case CUSTOMER -> "Customer";
        };
        return new AccountPage.RecordingLink(leg, label, RECORDING_SRC.formatted(call.id(), leg));
    }

    /** "Refused: Do not call" for a call the gate stopped, else its disposition in words; "in progress" while it runs. */
    static String outcome(CollectorCall call) {
        if (!call.gate().allowed()) {
            return "Refused by the gate: " + words(String.valueOf(call.gate().reasonCode()));
        }
        AttemptDisposition disposition = call.disposition();
        return disposition == null ? "In progress" : words(disposition.name());
    }

    /** Connected time, "3:12"; empty when nobody answered. */
    static String duration(CollectorCall call) {
        if (call.answeredAt() == null || call.endedAt() == null) {
            return "";
        }
        long seconds = Duration.between(call.answeredAt(), call.endedAt()).toSeconds();
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    List<AccountPage.Choice> disputableInvoices(List<Invoice> open) {
        return open.stream().filter(invoice -> invoice.status() != InvoiceStatus.DISPUTED)
                .map(invoice -> new AccountPage.Choice(Long.toString(invoice.id()), invoice.invoiceNumber() + " · "
                        + DeskFormat.money(invoice.currency(), invoice.openBalance()) + " open, due "
                        + invoice.dueOn()))
                .toList();
    }

    List<AccountPage.Choice> reasons() {
        return ledger.disputes().findReasons().stream()
                .map(reason -> new AccountPage.Choice(reason.code(), reason.description())).toList();
    }

    List<AccountPage.Choice> flagTypes() {
        return java.util.Arrays.stream(FlagType.values())
                .map(type -> new AccountPage.Choice(type.name(), words(type.name())
                        + (type.perPhoneNumber() ? " (one number)" : "")))
                .toList();
    }

    List<AccountPage.Choice> phoneNumbers(long customerId) {
        return ledger.contactDetails().phonesOf(customerId).stream()
                .map(phone -> new AccountPage.Choice(phone.phoneNumber(),
                        phone.phoneNumber() + " (" + phone.type().name().toLowerCase(Locale.ROOT) + ")"))
                .toList();
    }

    private String username(long userId) {
        return usernames.computeIfAbsent(userId, id -> ledger.users().findById(id).map(BackOfficeUser::username)
                .orElse("user " + id));
    }

    /** {@code DO_NOT_CALL} as "Do not call". */
    static String words(@Nullable String enumName) {
        if (enumName == null || enumName.isEmpty()) {
            return "";
        }
        String spaced = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
