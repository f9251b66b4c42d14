package org.ledgerline.ivr.collector;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.account.AccountService;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.CallFlow;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.menu.ReadBackConfirmation;
import org.ledgerline.ivr.promise.PromiseEntry;
import org.ledgerline.ivr.promise.PromiseRecorder;
import org.ledgerline.ivr.promise.PromiseTerms;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.call.CallRepository;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.promise.NewPromise;
import org.ledgerline.storage.promise.Promise;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A promise to pay keyed by the collector during a call ({@code collector-promise}, run by the
 * {@code *7} feature on the collector's own channel while it is bridged to the customer). The call's
 * account and reference come from the channel variables the {@code gate} set on that channel
 * ({@value CollectorGateFlow#ACCOUNT}, {@value CollectorGateFlow#CALL_REF}); the collector is the one
 * whose device the channel is. The collector keys the amount and the date by the self-serve rules
 * ({@link PromiseEntry}, the customer's time zone), hears both back and confirms.
 *
 * <p>Exactly once: the promise's idempotency key is {@code <call ref>/collector-promise/1}, one
 * keypad promise per call. A press after the promise is written (retried because the reference was
 * not heard, or meant as a second promise) writes nothing and tells the collector the reference of
 * the one already recorded; the same press replayed after a lost reply writes under the same key,
 * which the ledger turns into the promise it already has. The promise is linked to the call (a {@code calls} row under the call
 * ref, written if absent) and who took it is audited ({@value #TAKEN_BY}, actor the collector).
 *
 * <p>The collector is mid-call: nothing here transfers or hangs up. Every failure ends with the
 * collector hearing plainly that the promise was NOT recorded.
 */
public final class CollectorPromiseFlow implements CallFlow {
    public static final String NAME = "collector-promise";
    /** The purpose named in the promise's idempotency key ({@code <call ref>/collector-promise/<n>}). */
    public static final String WRITE_PURPOSE = "collector-promise";
    /** The audit action naming the collector who keyed a promise. */
    public static final String TAKEN_BY = "PROMISE_TAKEN_BY_COLLECTOR";
    /** The {@code calls.flow} of the call row a keypad promise is linked to. */
    public static final String CALL_FLOW = "collector";

    static final PromiseEntry.Wording WORDING = new PromiseEntry.Wording(CollectorPromisePrompts.ENTER_AMOUNT,
            CollectorPromisePrompts.AMOUNT_TOO_LARGE, CollectorPromisePrompts.ENTER_DATE,
            CollectorPromisePrompts.READBACK_AMOUNT);

    private static final Logger log = LoggerFactory.getLogger(CollectorPromiseFlow.class);

    private final CollectorDirectory collectors;
    private final AccountService accounts;
    private final PromiseRecorder recorder;
    private final CallRepository calls;
    private final AuditLog audit;
    private final PromiseEntry entry;
    private final ReadBackConfirmation confirmation;
    private final Say say;
    private final Clock clock;

    public CollectorPromiseFlow(CollectorDirectory collectors, AccountService accounts, PromiseRecorder recorder,
            CallRepository calls, AuditLog audit, PromiseEntry entry, ReadBackConfirmation confirmation, Say say,
            Clock clock) {
        this.collectors = collectors;
        this.accounts = accounts;
        this.recorder = recorder;
        this.calls = calls;
        this.audit = audit;
        this.entry = entry;
        this.confirmation = confirmation;
        this.say = say;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void handle(CallSession session) {
        CallChannel channel = session.channel();
        Optional<String> callRef = channel.variable(CollectorGateFlow.CALL_REF);
        Optional<Long> accountId = channel.variable(CollectorGateFlow.ACCOUNT).flatMap(CollectorPromiseFlow::parseId);
        if (callRef.isEmpty() || accountId.isEmpty()) {
            notRecorded(channel, CollectorPromisePrompts.NO_ACCOUNT, "the channel names no gated call and account");
            return;
        }
        String endpoint = CollectorGateFlow.endpointOf(session.channelName());
        try {
            // The same identification as the gate's: device first, then caller ID; ambiguous is nobody.
            Optional<String> collector = collectors.identify(endpoint, session.callerId()).collector();
            if (collector.isEmpty()) {
                notRecorded(channel, CollectorPromisePrompts.UNKNOWN_COLLECTOR, "no single collector at " + endpoint);
                return;
            }
            Optional<Account> account = accounts.findAccount(accountId.get());
            if (account.isEmpty()) {
                notRecorded(channel, CollectorPromisePrompts.NO_ACCOUNT, "account " + accountId.get() + " is unknown");
                return;
            }
            take(session, new Taking(callRef.get(), collector.get(), endpoint, account.get()));
        } catch (StorageException ledgerFailure) {
            notRecorded(channel, null, "the ledger failed: " + ledgerFailure.getMessage());
        }
    }

    /** Who takes the promise, on which call, about which account. */
    private record Taking(String callRef, String collector, String endpoint, Account account) {
        String idempotencyKey() {
            return callRef + "/" + WRITE_PURPOSE + "/1";
        }
    }

    private void take(CallSession session, Taking taking) {
        CallChannel channel = session.channel();
        Optional<Promise> earlier = recorder.recorded(taking.idempotencyKey());
        if (earlier.isPresent()) {
            // A press retried after the reference was lost, or a second promise in one call: the first stands.
            channel.play(Utterance.of(CollectorPromisePrompts.ALREADY_RECORDED)
                    .then(say.digits(earlier.get().referenceNumber())));
            return;
        }
        String currency = taking.account().currency();
        List<Invoice> candidates = accounts.openInvoices(taking.account().id()).stream()
                .filter(invoice -> PromiseEntry.promisable(invoice, currency))
                .toList();
        if (candidates.isEmpty()) {
            notRecorded(channel, CollectorPromisePrompts.NOTHING_OWED, "nothing promisable is open");
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(accounts.customerOf(taking.account()).timeZone()));
        Optional<PromiseTerms> terms = confirmation.agree(channel,
                () -> entry.draft(channel, WORDING, currency, candidates, today),
                drafted -> entry.readBack(WORDING, drafted));
        if (terms.isEmpty()) {
            notRecorded(channel, null, "the collector gave up or did not confirm");
            return;
        }
        // Nothing is played between the confirming key and these writes. The call row is only written
        // if nothing (the call records) wrote it first; then its start is when the promise was keyed.
        calls.recordStart(taking.callRef(), "outbound", session.channelName(),
                session.callerId().isEmpty() ? null : session.callerId(), CALL_FLOW, clock.instant());
        calls.attachAccount(taking.callRef(), taking.account().id());
        Optional<Promise> recorded = recorder.record(newPromise(taking, terms.get()));
        if (recorded.isEmpty()) {
            notRecorded(channel, null, "the ledger did not take it");
            return;
        }
        Promise promise = recorded.get();
        auditWhoTookIt(taking, promise);
        log.info("collector {} recorded promise {} on call {}", taking.collector(), promise.referenceNumber(),
                taking.callRef());
        channel.play(Utterance.of(CollectorPromisePrompts.RECORDED).then(say.digits(promise.referenceNumber())));
    }

    private static NewPromise newPromise(Taking taking, PromiseTerms terms) {
        return new NewPromise(taking.idempotencyKey(), taking.account().id(), terms.amount().value(),
                terms.amount().currency().getCurrencyCode(), terms.promisedFor(), terms.coveredInvoiceIds(),
                taking.callRef());
    }

    /**
     * Once per promise key, so a retried press audits nothing twice. The promise itself is already
     * in the ledger when this runs: a failure here is logged, and the collector still hears the
     * reference (the promise exists; only the "who" line is missing).
     */
    private void auditWhoTookIt(Taking taking, Promise promise) {
        try {
            audit.appendOnce(taking.idempotencyKey() + "/taken-by", taking.collector(), TAKEN_BY, "promise",
                    Long.toString(promise.id()), taking.callRef(),
                    "keyed on " + taking.endpoint() + " during the call, reference " + promise.referenceNumber());
        } catch (StorageException ledgerFailure) {
            log.warn("promise {} is recorded but who took it was not audited: {}", promise.referenceNumber(),
                    ledgerFailure.getMessage());
        }
    }

    /** Says why (when there is a reason the collector can act on), then plainly that nothing was recorded. */
    private static void notRecorded(CallChannel channel, @Nullable String reasonPrompt,
            String why) {
        log.info("collector promise not recorded: {}", why);
        channel.play(reasonPrompt == null
                ? Utterance.of(CollectorPromisePrompts.NOT_RECORDED)
                : Utterance.of(reasonPrompt, CollectorPromisePrompts.NOT_RECORDED));
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
