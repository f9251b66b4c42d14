package org.ledgerline.ivr.payment;

import java.time.YearMonth;
import org.ledgerline.ivr.payment.card.CardBrand;
import org.ledgerline.ivr.payment.card.CardDetails;
import org.ledgerline.ivr.payment.card.CardExpiry;
import org.ledgerline.ivr.payment.card.CardNumber;
import org.ledgerline.ivr.payment.card.InvalidCardDataException;
import org.ledgerline.ivr.payment.card.SecurityCode;

/** Card details as a caller would key them, for tests: expiry 12/28, a security code of the brand's length. */
final class TestCardDetails {
    static final YearMonth NOW = YearMonth.of(2026, 11);

    private TestCardDetails() {}

    static CardDetails keyed(String number) {
        try {
            CardNumber card = CardNumber.parse(number);
            String code = card.brand() == CardBrand.AMERICAN_EXPRESS ? "1234" : "123";
            return CardDetails.of(card, CardExpiry.parse("1228", NOW), SecurityCode.parse(code, card.brand()));
        } catch (InvalidCardDataException refused) {
            throw new AssertionError("test card refused: " + refused.problem(), refused);
        }
    }

    static CardDetails keyed(SandboxTestCard card) {
        return keyed(card.number());
    }

    static ChargeRequest request(String key, String amount, SandboxTestCard card) {
        return new ChargeRequest(key, PaymentAmount.of(new java.math.BigDecimal(amount), "USD"), keyed(card));
    }
}
