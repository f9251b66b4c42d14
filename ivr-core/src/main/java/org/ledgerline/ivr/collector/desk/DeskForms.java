package org.ledgerline.ivr.collector.desk;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ledgerline.ivr.collector.CollectorGateFlow;
import org.ledgerline.ivr.collector.CollectorPromiseFlow;
import org.ledgerline.ivr.dispute.DisputeEscalation;
import org.ledgerline.ivr.dispute.DisputeOpener;
import org.ledgerline.ivr.dispute.desk.DeskFormat;
import org.ledgerline.ivr.menu.RefusedEntryException;
import org.ledgerline.ivr.payment.AmountEntry;
import org.ledgerline.ivr.payment.InvalidAmountEntryException;
import org.ledgerline.ivr.payment.PaymentAmount;
import org.ledgerline.ivr.promise.PromiseDateEntry;
import org.ledgerline.ivr.promise.PromiseEntry;
import org.ledgerline.ivr.promise.PromiseRecorder;
import org.ledgerline.ivr.promise.PromiseTerms;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.contact.FlagRecord;
import org.ledgerline.storage.contact.FlagType;
import org.ledgerline.storage.contact.NewFlag;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.dispute.NewDispute;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.promise.NewPromise;
import org.ledgerline.storage.promise.Promise;

/**
 * The desk's forms: a promise to pay, a dispute, a flag. The account is already known to be the
 * collector's ({@link CollectorDesk} checks). Each value that breaks a rule is refused with the
 * reason in plain words ({@link DeskRefusedException}, 400) and nothing is written.
 *
 * <p><b>Same rules as the phone.</b> A promise follows the self-serve promise's rules: the amount
 * ({@link AmountEntry}) is positive, has at most the currency's decimals and is at most the open,
 * undisputed balance ({@link PromiseEntry#promisable}); the date is inside the promise window
 * counted from the customer's today ({@link PromiseDateEntry#inWindow}); the promise covers the
 * oldest invoices first ({@link PromiseTerms#covering}). A dispute names an open invoice of the
 * account that is not already disputed and an active reason code, and then goes through the same
 * escalation rules as one opened by phone.
 *
 * <p><b>Linked to the call.</b> Promises and disputes carry {@code calls.call_id}: the call's
 * reference as the gate named it ({@code collector-<collector channel uniqueid>}, the name of its
 * recordings; for a click-to-dial call the uniqueid is the {@code callId} POST /api/calls gave). The
 * {@code calls} row under that reference is written if nothing wrote it yet, as the keypad promise
 * does. The call must be one of the collector's own about this account ({@link #linkableCalls}).
 *
 * <p><b>Exactly once.</b> Each rendered form carries a fresh key; the ledger writes under
 * {@code desk/<key>/promise} or {@code desk/<key>/dispute}, so a double submit, a reload or a retry
 * lands once and answers with what the first wrote. Who logged it is audited once per key.
 */
public final class DeskForms {
    /** The audit action naming the collector who logged a promise from the desk. */
    public static final String PROMISE_TAKEN_BY = CollectorPromiseFlow.TAKEN_BY;
    /** The audit action naming the collector who opened a dispute from the desk. */
    public static final String DISPUTE_OPENED_BY = "DISPUTE_OPENED_BY_COLLECTOR";
    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_NOTE = 500;
    private static final Pattern FORM_KEY = Pattern
            .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,12}(\\.[0-9]{0,4})?");
    private static final int LINKABLE_LIMIT = 20;

    /** The promise form as posted: text fields, checked here. */
    public record PromiseForm(String amount, String promisedFor, String callId, String formKey) {}

    /** The dispute form as posted. */
    public record DisputeForm(String invoiceId, String reasonCode, String description, String callId,
            String formKey) {}

    /** The flag form as posted; {@code phoneNumber} only for a wrong number. */
    public record FlagForm(String type, String phoneNumber, String note) {}

    private final Ledger ledger;
    private final PromiseDateEntry dates;
    private final PromiseRecorder promises;
    private final DisputeOpener disputes;
    private final DisputeEscalation escalation;
    private final DeskFormat format;
    private final Clock clock;

    DeskForms(Ledger ledger, PromiseDateEntry dates, PromiseRecorder promises, DisputeOpener disputes,
            DisputeEscalation escalation, DeskFormat format, Clock clock) {
        this.format = format;
        this.ledger = ledger;
        this.dates = dates;
        this.promises = promises;
        this.disputes = disputes;
        this.escalation = escalation;
        this.clock = clock;
    }

    /** A call the collector made about the account, by the id the form sends, with its call reference. */
    private record OwnCall(String id, String callRef, String label, Instant at) {}

    /** The collector's own calls about the account that a form may link to, newest first. */
    List<AccountPage.LinkableCall> linkableCalls(SignedInUser collector, Account account) {
        return ownCalls(collector, account).stream()
                .map(call -> new AccountPage.LinkableCall(call.id(), call.label())).toList();
    }

    /**
     * The collector's calls about the account that the gate allowed, newest first. The gate (and
     * click-to-dial, just before it rings the collector's phone) writes the collector_calls row when
     * it decides, so a call still going on is already here.
     */
    private List<OwnCall> ownCalls(SignedInUser collector, Account account) {
        Map<String, OwnCall> calls = new LinkedHashMap<>();
        for (CollectorCall call : ledger.collectorCalls().findByAccount(account.id(), LINKABLE_LIMIT)) {
            if (call.collectorUserId() == collector.id() && call.gate().allowed()) {
                String ref = call.callId() != null ? call.callId() : CollectorGateFlow.callRefOf(call.idempotencyKey());
                calls.putIfAbsent(call.idempotencyKey(), new OwnCall(call.idempotencyKey(), ref,
                        "Call to " + call.dialledNumber() + " at " + deskTime(call.startedAt()), call.startedAt()));
            }
        }
        List<OwnCall> newestFirst = new ArrayList<>(calls.values());
        newestFirst.sort((a, b) -> b.at().compareTo(a.at()));
        return newestFirst.subList(0, Math.min(LINKABLE_LIMIT, newestFirst.size()));
    }

    private String deskTime(Instant at) {
        return format.dateTime(at);
    }

    /** Records the promise once per form key, linked to the call; returns it (the first one on a retry). */
    Promise promise(SignedInUser collector, Account account, PromiseForm form) {
        String key = "desk/" + formKey(form.formKey(), "promise") + "/promise";
        Optional<Promise> earlier = promises.recorded(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        OwnCall call = call(collector, account, form.callId(), "promise");
        List<Invoice> candidates = ledger.invoices().findOpenInvoices(account.id()).stream()
                .filter(invoice -> PromiseEntry.promisable(invoice, account.currency())).toList();
        if (candidates.isEmpty()) {
            throw new DeskRefusedException(409, "promise",
                    "Nothing on this account can be promised: it has no open, undisputed invoice.");
        }
        BigDecimal open = candidates.stream().map(Invoice::openBalance).reduce(BigDecimal.ZERO, BigDecimal::add);
        PaymentAmount amount = amount(form.amount(), account.currency(), open);
        LocalDate today = LocalDate.now(clock.withZone(customerZone(account)));
        LocalDate promisedFor = promisedFor(dates, form.promisedFor(), today);
        PromiseTerms terms = PromiseTerms.covering(amount, promisedFor, candidates);
        writeCallRow(collector, account, call);
        Promise promise = promises.record(new NewPromise(key, account.id(), terms.amount().value(),
                terms.amount().currency().getCurrencyCode(), terms.promisedFor(), terms.coveredInvoiceIds(),
                call.callRef())).orElseThrow(
                        () -> new DeskRefusedException(503, "promise",
                                "The ledger did not take the promise; nothing was recorded. Try again in a moment."));
        ledger.audit().appendOnce(key + "/taken-by", collector.username(), PROMISE_TAKEN_BY, "promise",
                Long.toString(promise.id()), call.callRef(),
                "logged on the collector's desk for call " + call.id() + ", reference " + promise.referenceNumber());
        return promise;
    }

    /** Opens the dispute once per form key, linked to the call, then applies the escalation rules. */
    DisputeView dispute(SignedInUser collector, Account account, DisputeForm form) {
        String key = "desk/" + formKey(form.formKey(), "dispute") + "/dispute";
        Optional<DisputeView> earlier = ledger.disputes().findByIdempotencyKey(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        OwnCall call = call(collector, account, form.callId(), "dispute");
        Invoice invoice = ledger.invoices().findOpenInvoices(account.id()).stream()
                .filter(open -> Long.toString(open.id()).equals(form.invoiceId().strip())).findFirst()
                .orElseThrow(() -> new DeskRefusedException(400, "dispute",
                        "Choose one of the account's open invoices."));
        if (invoice.status() == InvoiceStatus.DISPUTED) {
            throw new DeskRefusedException(409, "dispute",
                    "Invoice " + invoice.invoiceNumber()
                            + " is already disputed; its dispute is with the credit manager.");
        }
        String reason = form.reasonCode().strip();
        if (ledger.disputes().findReasons().stream().noneMatch(r -> r.code().equals(reason))) {
            throw new DeskRefusedException(400, "dispute", "Choose a reason code from the list.");
        }
        String description = form.description().strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new DeskRefusedException(400, "dispute",
                    "Keep the description under " + MAX_DESCRIPTION + " characters.");
        }
        writeCallRow(collector, account, call);
        DisputeView opened = disputes.open(new NewDispute(key, invoice.id(), reason,
                description.isEmpty() ? null : description, null, call.callRef()))
                .orElseThrow(() -> new DeskRefusedException(503, "dispute",
                        "The ledger did not take the dispute; nothing was recorded. Try again in a moment."));
        ledger.audit().appendOnce(key + "/opened-by", collector.username(), DISPUTE_OPENED_BY, "dispute",
                Long.toString(opened.id()), call.callRef(),
                "opened on the collector's desk for call " + call.id() + ", reference " + opened.referenceNumber());
        escalation.consider(opened, invoice, LocalDate.now(clock.withZone(customerZone(account))));
        return ledger.disputes().findById(opened.id()).orElse(opened);
    }

    /**
     * Sets a flag as the collector, by the flag API's rules: a wrong number names one of the
     * customer's numbers, the others none; the same flag already active is a conflict. A double
     * submit lands once (the repository returns the active flag).
     */
    FlagRecord flag(SignedInUser collector, Account account, FlagForm form) {
        FlagType type;
        try {
            type = FlagType.valueOf(form.type().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new DeskRefusedException(400, "flag", "Choose a flag from the list.");
        }
        String phone = form.phoneNumber().strip();
        if (type.perPhoneNumber() && phone.isEmpty()) {
            throw new DeskRefusedException(400, "flag", "A wrong number is set on one number: choose it.");
        }
        if (type.perPhoneNumber() && ledger.contactDetails().phonesOf(account.customerId()).stream()
                .noneMatch(p -> p.phoneNumber().equals(phone))) {
            throw new DeskRefusedException(400, "flag", "Choose one of the customer's own numbers.");
        }
        String note = form.note().strip();
        if (note.length() > MAX_NOTE) {
            throw new DeskRefusedException(400, "flag", "Keep the note under " + MAX_NOTE + " characters.");
        }
        String number = type.perPhoneNumber() ? phone : null;
        boolean active = ledger.flags().activeFlagsOf(account.customerId()).stream()
                .anyMatch(f -> f.type() == type && java.util.Objects.equals(f.phoneNumber(), number));
        if (active) {
            throw new DeskRefusedException(409, "flag", AccountViews.words(type.name())
                    + " is already set on this customer" + (number == null ? "." : " for that number."));
        }
        return ledger.flags().set(new NewFlag(account.customerId(), type, number, collector.username(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), note));
    }

    /** The collector's own call about the account that the form names. */
    private OwnCall call(SignedInUser collector, Account account, String callId, String form) {
        String wanted = callId.strip();
        if (wanted.isEmpty()) {
            throw new DeskRefusedException(400, form, "Choose the call this was agreed in (place the call first).");
        }
        return ownCalls(collector, account).stream().filter(call -> call.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new DeskRefusedException(400, form,
                        "That call is not one of your calls about this account; choose one from the list."));
    }

    /** The row of the calls table the promise or dispute links to, written only if nothing wrote it yet. */
    private void writeCallRow(SignedInUser collector, Account account, OwnCall call) {
        ledger.calls().recordStart(call.callRef(), "outbound", collector.endpoint().orElse(null), null,
                CollectorPromiseFlow.CALL_FLOW, call.at());
        ledger.calls().attachAccount(call.callRef(), account.id());
    }

    private java.time.ZoneId customerZone(Account account) {
        return ledger.customers().findById(account.customerId())
                .orElseThrow(() -> new DeskRefusedException(404, "", "There is no such customer.")).timeZone();
    }

    private static String formKey(String key, String form) {
        String stripped = key.strip();
        if (!FORM_KEY.matcher(stripped).matches()) {
            throw new DeskRefusedException(400, form,
                    "This form is out of date; reload the page and fill it in again.");
        }
        return stripped;
    }

    /** The typed amount by the self-serve rules ({@link AmountEntry}): positive, the currency's decimals, at most {@code open}. */
    static PaymentAmount amount(String typed, String currency, BigDecimal open) {
        String text = typed.strip().replace(",", "");
        String money = DeskFormat.money(currency, open);
        if (!AMOUNT.matcher(text).matches()) {
            throw new DeskRefusedException(400, "promise", "Type the amount as a number, such as 250 or 250.50.");
        }
        try {
            return new AmountEntry(Currency.getInstance(currency)).parse(text.replace('.', '*'), open);
        } catch (InvalidAmountEntryException refused) {
            throw new DeskRefusedException(400, "promise", switch (refused.problem()) {
                case ZERO, EMPTY -> "The amount must be more than zero.";
                case TOO_MANY_DECIMALS -> "The amount has more decimals than " + currency + " has.";
                case ABOVE_MAXIMUM, TOO_LARGE ->
                    "The amount is more than the open, undisputed balance (" + money + ").";
                case NOT_DIGITS, MORE_THAN_ONE_STAR -> "Type the amount as a number, such as 250 or 250.50.";
            });
        }
    }

    /** The chosen date, inside the promise window counted from the customer's {@code today}. */
    static LocalDate promisedFor(PromiseDateEntry dates, String typed, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            throw new DeskRefusedException(400, "promise", "Choose the date the customer will pay by.");
        }
        try {
            return dates.inWindow(date, today);
        } catch (RefusedEntryException refused) {
            throw new DeskRefusedException(400, "promise", "The date must be from " + dates.earliest(today)
                    + " to " + dates.latest(today) + " (the customer's today is " + today + "); " + date
                    + (date.isBefore(today) ? " is in the past." : " is outside that window."));
        }
    }
}
