package org.ledgerline.ivr.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.menu.RefusedEntryException;

class PromiseDateEntryTest {
    private final PromiseDateEntry dates = new PromiseDateEntry(PromiseSettings.defaults());

    @Test
    void aDateEarlyNextYearKeyedInDecemberRollsIntoTheNewYear() throws RefusedEntryException {
        assertThat(dates.parse("0105", LocalDate.of(2026, 12, 20))).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void aLateDecemberDateKeyedInEarlyJanuaryIsInThePast() {
        assertThatThrownBy(() -> dates.parse("1230", LocalDate.of(2027, 1, 3)))
                .isInstanceOfSatisfying(RefusedEntryException.class,
                        refused -> assertThat(refused.promptKey()).isEqualTo(PromisePrompts.DATE_PAST));
    }

    @Test
    void theLastDayOfTheWindowIsAcceptedAndTheDayAfterIsNot() throws RefusedEntryException {
        LocalDate today = LocalDate.of(2026, 3, 15);
        assertThat(dates.parse("0414", today)).isEqualTo(LocalDate.of(2026, 4, 14));
        assertThatThrownBy(() -> dates.parse("0415", today))
                .isInstanceOfSatisfying(RefusedEntryException.class,
                        refused -> assertThat(refused.promptKey()).isEqualTo(PromisePrompts.DATE_TOO_LATE));
    }

    @Test
    void leapDayIsADateOnlyInALeapYear() throws RefusedEntryException {
        assertThat(dates.parse("0229", LocalDate.of(2028, 2, 10))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThatThrownBy(() -> dates.parse("0229", LocalDate.of(2026, 2, 10)))
                .isInstanceOfSatisfying(RefusedEntryException.class,
                        refused -> assertThat(refused.promptKey()).isEqualTo(PromisePrompts.DATE_INVALID));
    }

    @Test
    void threeOrFiveKeysAndImpossibleMonthsAreNotDates() {
        for (String keys : new String[] {"315", "03150", "1301", "0000", "03*5"}) {
            assertThatThrownBy(() -> dates.parse(keys, LocalDate.of(2026, 3, 15))).as(keys)
                    .isInstanceOfSatisfying(RefusedEntryException.class,
                            refused -> assertThat(refused.promptKey()).isEqualTo(PromisePrompts.DATE_INVALID));
        }
    }
}
