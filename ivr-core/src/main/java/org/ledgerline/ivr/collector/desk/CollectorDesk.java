package org.ledgerline.ivr.collector.desk;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.ledgerline.ivr.compliance.CallRequest;
import org.ledgerline.ivr.compliance.ComplianceGate;
import org.ledgerline.ivr.compliance.PhoneNumbers;
import org.ledgerline.ivr.dispute.DisputeEscalation;
import org.ledgerline.ivr.dispute.DisputeOpener;
import org.ledgerline.ivr.dispute.desk.DeskFormat;
import org.ledgerline.ivr.promise.PromiseDateEntry;
import org.ledgerline.ivr.promise.PromiseRecorder;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.collector.WorklistEntry;
import org.ledgerline.storage.contact.FlagRecord;
import org.ledgerline.storage.customer.Customer;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.promise.Promise;
import org.ledgerline.storage.user.Role;

/**
 * What the collector's desk asks of the ledger and the compliance gate, answered as view models,
 * and the desk's three forms. Blocking (JDBC): call it off the event loop.
 *
 * <p><b>Who sees what.</b> A collector sees the worklist of accounts actively assigned to them and
 * those accounts only ({@link DeskRefusedException} 403 otherwise). Credit managers and auditors
 * may read any account's view, without the Call button and the forms: supervising and auditing a
 * collector's accounts is their work, acting as the collector is not. Nobody but the collector who
 * works the account logs a promise, opens a dispute or sets a flag from the desk.
 *
 * <p><b>Callable now</b> is the compliance gate's decision for the customer's first callable
 * number, the one {@code POST /api/calls} would ring, made the same way as click-to-dial (same gate,
 * same ports, same clock) but not audited: it is a preview, and the call itself is decided again.
 *
 * <p>The forms ({@link DeskForms}) write exactly once and link what they write to a call.
 */
public final class CollectorDesk {
    /** How many of an account's promises, disputes and calls the view lists. */
    static final int LIST_LIMIT = 50;
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private final Ledger ledger;
    private final ComplianceGate gate;
    private final PromiseDateEntry dates;
    private final DeskFormat format;
    private final Clock clock;
    private final DeskForms forms;

    public CollectorDesk(Ledger ledger, ComplianceGate gate, PromiseDateEntry dates, PromiseRecorder promises,
            DisputeOpener disputes, DisputeEscalation escalation, DeskFormat format, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.format = Objects.requireNonNull(format, "format");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.forms = new DeskForms(ledger, dates, promises, disputes, escalation, format, clock);
    }

    /** The signed-in collector's worklist, in priority order, with the gate's answer per account. */
    public Worklist worklist(SignedInUser collector) {
        LocalDate today = LocalDate.now(clock.withZone(format.zone()));
        List<WorklistEntry> entries = ledger.collectorAssignments().worklistEntriesOf(collector.id(), today);
        Instant now = clock.instant();
        Map<Long, CallableNow> callable = new HashMap<>();
        for (WorklistEntry entry : entries) {
            callable.put(entry.accountId(), callableNow(collector, entry.customerId(), entry.accountId(), now));
        }
        return Worklist.of(entries, callable, today, format);
    }

    /**
     * One account as {@code viewer} may see it.
     *
     * @throws DeskRefusedException 404 no such account, 403 a collector's account that is not theirs
     */
    public AccountPage account(SignedInUser viewer, long accountId) {
        Account account = visibleAccount(viewer, accountId);
        Customer customer = ledger.customers().findById(account.customerId())
                .orElseThrow(() -> new DeskRefusedException(404, "", "There is no such account."));
        boolean canAct = worksIt(viewer, account);
        LocalDate today = LocalDate.now(clock.withZone(customer.timeZone()));
        List<Invoice> open = ledger.invoices().findOpenInvoices(account.id());
        BigDecimal openBalance = open.stream().filter(i -> i.currency().equals(account.currency()))
                .map(Invoice::openBalance).reduce(BigDecimal.ZERO, BigDecimal::add);
        AccountViews views = new AccountViews(ledger, format);
        return new AccountPage(account.id(), account.accountNumber(), customer.id(), customer.name(),
                customer.billingAddress(), customer.timeZone().getId(),
                LOCAL_TIME.format(clock.instant().atZone(customer.timeZone())),
                DeskFormat.money(account.currency(), openBalance),
                callableNow(viewer, customer.id(), account.id(), clock.instant()),
                views.invoices(open, today), views.promises(account.id()), views.disputes(account),
                views.flags(customer.id()), views.calls(account.id()),
                canAct, canAct ? forms.linkableCalls(viewer, account) : List.of(),
                views.disputableInvoices(open), views.reasons(), views.flagTypes(), views.phoneNumbers(customer.id()),
                UUID.randomUUID().toString(), dates.earliest(today).toString(), dates.latest(today).toString(),
                "from " + dates.earliest(today) + " to " + dates.latest(today) + " (the customer's dates)");
    }

    /**
     * Logs a promise to pay for the account, linked to a call; see {@link DeskForms#promise}.
     *
     * @throws DeskRefusedException why it was not recorded
     */
    public Promise recordPromise(SignedInUser collector, long accountId, DeskForms.PromiseForm form) {
        return forms.promise(collector, actingAccount(collector, accountId), form);
    }

    /**
     * Opens a dispute on one of the account's invoices, linked to a call; see {@link DeskForms#dispute}.
     *
     * @throws DeskRefusedException why it was not opened
     */
    public DisputeView openDispute(SignedInUser collector, long accountId, DeskForms.DisputeForm form) {
        return forms.dispute(collector, actingAccount(collector, accountId), form);
    }

    /**
     * Sets a call-stopping flag on the account's customer; see {@link DeskForms#flag}.
     *
     * @throws DeskRefusedException why it was not set
     */
    public FlagRecord setFlag(SignedInUser collector, long accountId, DeskForms.FlagForm form) {
        return forms.flag(collector, actingAccount(collector, accountId), form);
    }

    /** The gate's answer for a call to the customer's first callable number now (no audit line: a preview). */
    private CallableNow callableNow(SignedInUser viewer, long customerId, long accountId, Instant now) {
        Optional<String> number = ledger.contactDetails().phonesOf(customerId).stream()
                .map(phone -> PhoneNumbers.nanpDigits(phone.phoneNumber()))
                .flatMap(Optional::stream)
                .findFirst();
        if (number.isEmpty()) {
            return CallableNow.NO_NUMBER;
        }
        return CallableNow.of(gate.decide(new CallRequest(viewer.username(), customerId, accountId, number.get()), now),
                now, format);
    }

    private Account visibleAccount(SignedInUser viewer, long accountId) {
        Account account = ledger.accounts().findById(accountId)
                .orElseThrow(() -> new DeskRefusedException(404, "", "There is no account with that id."));
        if (!viewer.hasAny(List.of(Role.CREDIT_MANAGER, Role.AUDITOR)) && !worksIt(viewer, account)) {
            throw notYours(account);
        }
        return account;
    }

    /** The account when {@code collector} works it now; 404 or 403 otherwise. */
    private Account actingAccount(SignedInUser collector, long accountId) {
        Account account = ledger.accounts().findById(accountId)
                .orElseThrow(() -> new DeskRefusedException(404, "", "There is no account with that id."));
        if (!worksIt(collector, account)) {
            throw notYours(account);
        }
        return account;
    }

    private boolean worksIt(SignedInUser user, Account account) {
        return user.has(Role.COLLECTOR) && !user.isApiToken() && ledger.collectorAssignments()
                .activeAssignmentOf(account.id()).filter(assignment -> assignment.userId() == user.id()).isPresent();
    }

    private static DeskRefusedException notYours(Account account) {
        return new DeskRefusedException(403, "", "Account " + account.accountNumber()
                + " is not on your worklist; only the collector who works it may open it here.");
    }
}
