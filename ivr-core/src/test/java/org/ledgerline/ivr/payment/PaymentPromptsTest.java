package org.ledgerline.ivr.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.payment.card.CardBrand;
import org.ledgerline.ivr.payment.card.CardDataProblem;
import org.ledgerline.ivr.prompt.PromptCatalog;

/** Every prompt key pay by phone can play has words in the catalog. */
class PaymentPromptsTest {
    private static final PromptCatalog CATALOG = PromptCatalog.fromClasspath();

    @Test
    void everyPaymentPromptKeyIsInTheCatalog() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Field field : PaymentPrompts.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }
        for (DeclineReason reason : DeclineReason.values()) {
            keys.add(reason.callerMessageKey());
        }
        for (AmountEntryProblem problem : AmountEntryProblem.values()) {
            keys.add(problem.callerMessageKey());
        }
        for (CardDataProblem problem : CardDataProblem.values()) {
            keys.add(problem.callerMessageKey());
        }
        for (CardBrand brand : CardBrand.values()) {
            keys.add(brand.promptKey());
        }
        keys.add(new ChargeOutcome.NotCharged("k").callerMessageKey());
        keys.add(new ChargeOutcome.Unknown("k").callerMessageKey());
        keys.add("payment-approved");

        assertThat(keys).hasSizeGreaterThan(40).allMatch(CATALOG::contains);
    }
}
