package org.ledgerline.ivr.transcription.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Writes mentions in the forms auditors type, for PostgreSQL's {@code english} full-text
 * configuration (checked against a real PostgreSQL in {@code NormalFormSearchIT}):
 * <ul>
 *   <li>a number: {@code 250}; from 1,000 also {@code 1,200} (a search for "1,200" is the phrase
 *       {@code 1 <-> 200}, which the written form matches);
 *   <li>an amount: also with cents, {@code 250.00}; an amount with cents only as {@code 200.50};
 *   <li>a date: {@code 2027-03-05 03/05 3/5 march 5}, so {@code 03/05}, {@code 3/5}, the phrase
 *       {@code "march 5"} and the ISO date all find it.
 * </ul>
 * Each distinct form appears once per segment, in the order the words said them.
 */
final class NormalForms {
    private NormalForms() {}

    static String of(List<Mention> mentions) {
        Set<String> forms = new LinkedHashSet<>();
        for (Mention mention : mentions) {
            switch (mention.kind()) {
                case NUMBER -> number(Objects.requireNonNull(mention.value()), forms);
                case AMOUNT -> amount(Objects.requireNonNull(mention.value()), forms);
                case DATE -> date(Objects.requireNonNull(mention.date()), forms);
            }
        }
        return String.join(" ", forms);
    }

    private static void number(BigDecimal value, Set<String> forms) {
        forms.add(value.toPlainString());
        if (value.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            forms.add(String.format(Locale.ROOT, "%,d", value.longValueExact()));
        }
    }

    private static void amount(BigDecimal value, Set<String> forms) {
        BigDecimal whole = value.stripTrailingZeros();
        if (whole.scale() <= 0) {
            number(whole.setScale(0), forms);
        }
        forms.add(value.setScale(2).toPlainString());
    }

    private static void date(LocalDate date, Set<String> forms) {
        forms.add(date.toString());
        forms.add(String.format(Locale.ROOT, "%02d/%02d", date.getMonthValue(), date.getDayOfMonth()));
        forms.add(date.getMonthValue() + "/" + date.getDayOfMonth());
        forms.add(date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT) + " "
                + date.getDayOfMonth());
    }
}
