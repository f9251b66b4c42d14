package org.ledgerline.ivr.payment.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every way keyed card data can be refused, checked for the one thing that matters most: the keyed
 * value appears nowhere in what the refusal says, not in its message, its toString or its stack trace.
 */
class CardDataLeakTest {
    private static final YearMonth NOVEMBER_2026 = YearMonth.of(2026, 11);

    private interface Parse {
        void run(String keyed) throws InvalidCardDataException;
    }

    private record BadInput(String keyed, Parse parse) {}

    private static final Parse NUMBER = CardNumber::parse;
    private static final Parse EXPIRY = keyed -> CardExpiry.parse(keyed, NOVEMBER_2026);
    private static final Parse VISA_CODE = keyed -> SecurityCode.parse(keyed, CardBrand.VISA);
    private static final Parse AMEX_CODE = keyed -> SecurityCode.parse(keyed, CardBrand.AMERICAN_EXPRESS);

    private static final List<BadInput> BAD_INPUTS = List.of(
            new BadInput("411111111111111x", NUMBER),
            new BadInput("411111111111", NUMBER),
            new BadInput("41111111111111111111", NUMBER),
            new BadInput("4111111111111112", NUMBER),
            new BadInput("3530111333300000", NUMBER),
            new BadInput("555555555555558", NUMBER),
            new BadInput("12345", EXPIRY),
            new BadInput("1327", EXPIRY),
            new BadInput("0925", EXPIRY),
            new BadInput("1298", EXPIRY),
            new BadInput("7x7", VISA_CODE),
            new BadInput("7373", VISA_CODE),
            new BadInput("737", AMEX_CODE));

    @Test
    void noRefusalQuotesTheKeyedValueInMessageToStringOrStackTrace() {
        Set<CardDataProblem> seen = EnumSet.noneOf(CardDataProblem.class);
        for (BadInput input : BAD_INPUTS) {
            InvalidCardDataException refused = refusalOf(input);
            seen.add(refused.problem());

            assertThat(refused.getMessage()).as("message for %s", refused.problem()).doesNotContainPattern("[0-9]");
            assertThat(refused.toString()).doesNotContain(input.keyed());
            assertThat(printed(refused)).doesNotContain(input.keyed());
            assertThat(refused.getCause()).isNull();
        }
        assertThat(seen).as("every kind of refusal is covered").isEqualTo(EnumSet.allOf(CardDataProblem.class));
    }

    @Test
    void refusalsForCardDetailsThatDisagreeQuoteNothingEither() throws Exception {
        CardNumber amex = CardNumber.parse("378282246310005");
        try {
            CardDetails.of(amex, CardExpiry.parse("1228", NOVEMBER_2026), SecurityCode.parse("737", CardBrand.VISA));
            fail("an Amex with a three-digit code should be refused");
        } catch (InvalidCardDataException refused) {
            assertThat(printed(refused)).doesNotContain("378282246310005").doesNotContain("737").doesNotContain("1228");
        }
    }

    private static InvalidCardDataException refusalOf(BadInput input) {
        try {
            input.parse().run(input.keyed());
        } catch (InvalidCardDataException refused) {
            return refused;
        }
        throw new AssertionError("input of length " + input.keyed().length() + " was not refused");
    }

    private static String printed(Throwable thrown) {
        StringWriter out = new StringWriter();
        thrown.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
