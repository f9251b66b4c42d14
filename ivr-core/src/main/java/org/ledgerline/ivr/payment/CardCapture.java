package org.ledgerline.ivr.payment;

import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.DigitSpec;
import org.ledgerline.ivr.payment.card.CardBrand;
import org.ledgerline.ivr.payment.card.CardDetails;
import org.ledgerline.ivr.payment.card.CardExpiry;
import org.ledgerline.ivr.payment.card.CardNumber;
import org.ledgerline.ivr.payment.card.InvalidCardDataException;
import org.ledgerline.ivr.payment.card.SecurityCode;
import org.ledgerline.ivr.prompt.Utterance;

/**
 * Asks for the card by keypad: number (13-19 digits, Luhn, an accepted brand), expiry MMYY (not
 * past) and security code (the brand's length). Each field is asked again with the reason on bad
 * input, up to {@link PaymentSettings#fieldTries()} times. Every collect is {@linkplain
 * DigitSpec#sensitive() sensitive}, and each keyed string is parsed at once into a wipeable card
 * type and dropped.
 *
 * <p>Must run inside a confirmed {@link RecordingPause}; this class does not check, the
 * {@link CardPaymentTaker} does.
 */
public final class CardCapture {
    /** Keys for MMYY. */
    private static final int EXPIRY_DIGITS = 4;
    /** Security codes have 3 or 4 digits; asking for up to 4 lets a wrong length be told apart. */
    private static final int MAX_SECURITY_CODE_DIGITS = 4;

    private final PaymentSettings settings;

    public CardCapture(PaymentSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** How card capture ended. */
    public sealed interface Result {
        /** All three fields keyed and valid; the caller owns the details and must close them. */
        record Captured(CardDetails card) implements Result {}

        /** A field was refused {@link PaymentSettings#fieldTries()} times; nothing is kept. */
        record GaveUp() implements Result {}
    }

    /** A keyed field parser; it throws naming the problem, never the value. */
    @FunctionalInterface
    private interface FieldParser<T> {
        T parse(String keyed) throws InvalidCardDataException;
    }

    /**
     * Collects the card. {@code currentMonth} is the customer's current month (an expiry before it
     * is refused).
     */
    public Result capture(CallChannel channel, YearMonth currentMonth) {
        CardNumber number = ask(channel, PaymentPrompts.ENTER_CARD_NUMBER,
                keyedUpTo(CardNumber.MAX_LENGTH), CardNumber::parse);
        if (number == null) {
            return new Result.GaveUp();
        }
        CardExpiry expiry = null;
        boolean handedOver = false;
        try {
            expiry = ask(channel, PaymentPrompts.ENTER_EXPIRY, fixedLength(EXPIRY_DIGITS),
                    keyed -> CardExpiry.parse(keyed, currentMonth));
            if (expiry == null) {
                return new Result.GaveUp();
            }
            CardBrand brand = number.brand();
            SecurityCode code = ask(channel, PaymentPrompts.ENTER_SECURITY_CODE,
                    keyedUpTo(MAX_SECURITY_CODE_DIGITS), keyed -> SecurityCode.parse(keyed, brand));
            if (code == null) {
                return new Result.GaveUp();
            }
            CardDetails card = CardDetails.of(number, expiry, code);
            handedOver = true;
            return new Result.Captured(card);
        } catch (InvalidCardDataException cannotHappen) {
            // SecurityCode.parse already checked the brand's length, which is all CardDetails.of checks.
            throw new IllegalStateException("card parts disagree after validation: " + cannotHappen.problem());
        } finally {
            if (!handedOver) {
                number.wipe();
                if (expiry != null) {
                    expiry.wipe();
                }
            }
        }
    }

    /** Asks until {@code parser} accepts, or returns null after the last try. */
    private <T> @Nullable T ask(CallChannel channel, String promptKey, DigitSpec spec, FieldParser<T> parser) {
        Utterance prompt = Utterance.of(promptKey);
        for (int tried = 1;; tried++) {
            try {
                // The keyed String cannot be wiped, so it is parsed straight away and never held.
                return parser.parse(channel.collect(prompt, spec).digits());
            } catch (InvalidCardDataException refused) {
                if (tried >= settings.fieldTries()) {
                    return null;
                }
                prompt = Utterance.of(refused.problem().callerMessageKey(), promptKey);
            }
        }
    }

    private DigitSpec keyedUpTo(int maxDigits) {
        return DigitSpec.upTo(maxDigits, settings.digitTimeout(), settings.interDigitTimeout()).asSensitive();
    }

    private DigitSpec fixedLength(int digits) {
        return new DigitSpec(digits, settings.digitTimeout(), settings.interDigitTimeout(), '#', true);
    }
}
