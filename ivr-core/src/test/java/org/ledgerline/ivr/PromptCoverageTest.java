package org.ledgerline.ivr;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.account.AccountPrompts;
import org.ledgerline.ivr.call.CallPrompts;
import org.ledgerline.ivr.collector.CollectorPromisePrompts;
import org.ledgerline.ivr.dispute.DisputePrompts;
import org.ledgerline.ivr.menu.MenuPrompts;
import org.ledgerline.ivr.promise.PromisePrompts;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.prompt.Say;

/** Every prompt key the code can emit has words in the catalog (and so audio after generation). */
class PromptCoverageTest {
    private static final PromptCatalog CATALOG = PromptCatalog.fromClasspath();

    @Test
    void everyPromptConstantOfTheFlowsIsInTheCatalog() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Class<?> prompts : new Class<?>[] {
                CallPrompts.class, AccountPrompts.class, MenuPrompts.class, PromisePrompts.class,
                DisputePrompts.class, CollectorPromisePrompts.class}) {
            for (Field field : prompts.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    keys.add((String) field.get(null));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(keys).allMatch(CATALOG::contains);
    }

    @Test
    void everyDefaultDisputeReasonCanBeSpoken() {
        for (String code : new String[] {
                "PRICING_ERROR", "GOODS_DAMAGED", "NOT_RECEIVED", "DUPLICATE_BILLING", "QUANTITY_MISMATCH", "OTHER"}) {
            assertThat(CATALOG.contains(DisputePrompts.reason(code))).as(code).isTrue();
        }
    }

    @Test
    void everyKeyTheSayModuleCanEmitIsInTheCatalog() {
        Say say = new Say(CATALOG);
        Set<String> keys = new TreeSet<>();
        for (long n = 0; n <= 2_000; n++) {
            keys.addAll(say.number(-n).keys());
            keys.addAll(say.days(n).keys());
        }
        for (long n : new long[] {10_000, 99_999, 100_000, 1_000_000, 20_000_000, 999_999_999_999L}) {
            keys.addAll(say.number(n).keys());
        }
        for (long n = 1; n <= 2_000; n++) {
            keys.addAll(say.ordinal(n).keys());
        }
        for (long n : new long[] {10_000, 1_000_000, 3_000_000_000L}) {
            keys.addAll(say.ordinal(n).keys());
        }
        for (LocalDate d = LocalDate.of(1999, 1, 1); d.isBefore(LocalDate.of(2041, 1, 1)); d = d.plusDays(1)) {
            keys.addAll(say.date(d).keys());
        }
        for (int year = 1000; year <= 9999; year++) {
            keys.addAll(say.date(LocalDate.of(year, 1, 1)).keys());
        }
        keys.addAll(say.digits("0123456789abcdefghijklmnopqrstuvwxyz-").keys());
        for (String currency : new String[] {"USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "SEK", "XYZ"}) {
            for (String amount : new String[] {"0", "0.01", "0.5", "1", "1.01", "2.99", "-1234567.89"}) {
                keys.addAll(say.amount(new BigDecimal(amount), currency).keys());
            }
        }
        assertThat(keys).allMatch(CATALOG::contains);
    }
}
