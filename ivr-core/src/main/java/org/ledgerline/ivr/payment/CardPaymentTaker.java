package org.ledgerline.ivr.payment;

import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.ledgerline.ivr.account.IdentifiedCaller;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.call.RecordingControl;
import org.ledgerline.ivr.call.RecordingControlException;
import org.ledgerline.ivr.menu.ChoiceReader;
import org.ledgerline.ivr.menu.Next;
import org.ledgerline.ivr.payment.card.CardDetails;
import org.ledgerline.ivr.prompt.Say;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.payment.Allocation;
import org.ledgerline.storage.payment.NewPayment;
import org.ledgerline.storage.payment.StoredCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second half of a payment call: takes the card for an agreed {@link PaymentPlan} and tells the
 * caller where they stand.
 *
 * <p>One attempt: pause the recording (confirmed, or no card is asked for and the caller is offered
 * a person), capture the card, resume the recording (always, in the pause's close), charge through
 * the {@link CardChargeService} and wipe the card. The attempt's idempotency key is
 * {@code pay:<call id>:<attempt>}: the same call retried reuses it and cannot be charged twice, while
 * another card after a decline is a new attempt. Outcomes:
 * <ul>
 *   <li>charged: posted by the {@link PaymentPoster} (before anything else is said, so a caller who
 *       hangs up now still gets the payment posted once), then the confirmation number digit by digit;
 *   <li>declined: the reason in plain words, then another card (up to {@link
 *       PaymentSettings#cardAttempts()}), a person, or back;
 *   <li>not charged or not confirmed: said so plainly, then a person or back.
 * </ul>
 */
public final class CardPaymentTaker {
    private static final Logger LOG = LoggerFactory.getLogger(CardPaymentTaker.class);
    private static final Set<Character> AFTER_DECLINE_KEYS = Set.of('1', '0', '*');
    private static final Set<Character> PERSON_KEYS = Set.of('0', '*');

    private final CardCapture capture;
    private final CardChargeService charges;
    private final PaymentPoster poster;
    private final RecordingControl recording;
    private final AuditLog audit;
    private final RecordingPauseLog pauses;
    private final Say say;
    private final ChoiceReader reader;
    private final PersonHandOff handOff;
    private final PaymentSettings settings;

    public CardPaymentTaker(CardChargeService charges, PaymentPoster poster, RecordingControl recording, AuditLog audit,
            RecordingPauseLog pauses, Say say, ChoiceReader reader, PersonHandOff handOff, PaymentSettings settings) {
        this.capture = new CardCapture(settings);
        this.charges = charges;
        this.poster = poster;
        this.recording = recording;
        this.audit = audit;
        this.pauses = pauses;
        this.say = say;
        this.reader = reader;
        this.handOff = handOff;
        this.settings = settings;
    }

    /** The idempotency key of one card attempt on a call. */
    public static String attemptKey(String callId, int attempt) {
        return "pay:" + callId + ":" + attempt;
    }

    /**
     * Takes the payment. {@code currentMonth} is the customer's month, for the expiry check.
     *
     * @return {@link Next#MENU} after a payment or when the caller went back, {@link Next#CALL_ENDED}
     *     after a transfer
     */
    public Next take(IdentifiedCaller caller, PaymentPlan plan, YearMonth currentMonth) {
        CallSession session = caller.session();
        CallChannel channel = session.channel();
        for (int attempt = 1;; attempt++) {
            String key = attemptKey(session.callId(), attempt);
            Optional<CardCapture.Result> captured = captureWhileRecordingPaused(session, currentMonth);
            if (captured.isEmpty()) {
                channel.play(Utterance.of(PaymentPrompts.RECORDING_UNAVAILABLE));
                return offerPerson(channel);
            }
            if (!(captured.get() instanceof CardCapture.Result.Captured(CardDetails card))) {
                handOff.transferBecause(channel, PaymentPrompts.CARD_TOO_MANY_ATTEMPTS);
                return Next.CALL_ENDED;
            }
            ChargeOutcome outcome;
            try (card) {
                channel.play(Utterance.of(PaymentPrompts.PROCESSING));
                outcome = charges.charge(new ChargeRequest(key, plan.amount(), card));
            }
            LOG.info("Payment attempt {} for account {}: {}", key, caller.account().id(),
                    outcome.getClass().getSimpleName());
            switch (outcome) {
                case ChargeOutcome.Charged charged -> {
                    return approved(caller, plan, key, charged);
                }
                case ChargeOutcome.Declined declined -> {
                    if (attempt >= settings.cardAttempts()) {
                        channel.play(Utterance.of(declined.callerMessageKey(), PaymentPrompts.TOO_MANY_CARDS));
                        return offerPerson(channel);
                    }
                    Optional<Character> next = reader.read(channel,
                            Utterance.of(declined.callerMessageKey(), PaymentPrompts.AFTER_DECLINE),
                            Utterance.of(PaymentPrompts.AFTER_DECLINE), AFTER_DECLINE_KEYS);
                    if (next.isEmpty() || next.get() == '0') {
                        handOff.transfer(channel);
                        return Next.CALL_ENDED;
                    }
                    if (next.get() == '*') {
                        return Next.MENU;
                    }
                }
                case ChargeOutcome.NotCharged notCharged -> {
                    channel.play(Utterance.of(notCharged.callerMessageKey()));
                    return offerPerson(channel);
                }
                case ChargeOutcome.Unknown unknown -> {
                    channel.play(Utterance.of(unknown.callerMessageKey()));
                    return offerPerson(channel);
                }
            }
        }
    }

    /** Empty when the recording could not be paused: then no card digit was asked for. */
    private Optional<CardCapture.Result> captureWhileRecordingPaused(CallSession session, YearMonth currentMonth) {
        RecordingPause pause;
        try {
            pause = RecordingPause.begin(recording, audit, pauses, session);
        } catch (RecordingControlException notPaused) {
            return Optional.empty();
        }
        try (pause) {
            return Optional.of(capture.capture(session.channel(), currentMonth));
        }
    }

    /** Posts first (the caller may be gone already), then tells the caller. */
    private Next approved(IdentifiedCaller caller, PaymentPlan plan, String key, ChargeOutcome.Charged charged) {
        GatewayResult.Approved approval = charged.approval();
        NewPayment payment = new NewPayment(key, caller.account().id(), plan.amount().value(),
                plan.amount().currency().getCurrencyCode(), approval.gatewayToken(), approval.authorizationCode(),
                new StoredCard(approval.brand().name(), approval.last4(), approval.expiryMonth(),
                        approval.expiryYear()),
                caller.session().callId(),
                plan.lines().stream().map(line -> new Allocation(line.invoiceId(), line.amount())).toList());
        PaymentPoster.Posting posting = poster.post(payment, caller.customer().id());
        CallChannel channel = caller.channel();
        if (posting instanceof PaymentPoster.Posting.Posted(var posted)) {
            channel.play(Utterance.of(charged.callerMessageKey(), PaymentPrompts.CONFIRMATION_NUMBER)
                    .then(say.digits(posted.confirmationNumber()))
                    .then(PaymentPrompts.PAID_WITH, approval.brand().promptKey(), PaymentPrompts.CARD_ENDING)
                    .then(say.digits(approval.last4())));
        } else {
            channel.play(Utterance.of(PaymentPrompts.TAKEN_CONFIRMATION_DELAYED));
        }
        return Next.MENU;
    }

    /** "To speak with a member of our team, press zero. To go back, press star." */
    private Next offerPerson(CallChannel channel) {
        Utterance offer = Utterance.of(PaymentPrompts.OFFER_PERSON);
        Optional<Character> choice = reader.read(channel, offer, offer, PERSON_KEYS);
        if (choice.isPresent() && choice.get() == '*') {
            return Next.MENU;
        }
        handOff.transfer(channel);
        return Next.CALL_ENDED;
    }
}
