package org.ledgerline.storage.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceNumbersTest {
    @Test
    void referencesAreEightDigitsWithAValidCheckDigit() {
        for (long n = 1; n <= 1_000; n++) {
            String reference = ReferenceNumbers.format(n);
            assertThat(reference).hasSize(8).containsOnlyDigits();
            assertThat(ReferenceNumbers.isWellFormed(reference)).isTrue();
        }
    }

    @Test
    void theFirstHundredThousandReferencesAreAllDifferent() {
        Set<String> seen = new HashSet<>();
        for (long n = 1; n <= 100_000; n++) {
            assertThat(seen.add(ReferenceNumbers.format(n))).as("reference for %d is new", n).isTrue();
        }
    }

    @Test
    void consecutiveReferencesDoNotRevealTheSequence() {
        long first = Long.parseLong(ReferenceNumbers.format(1).substring(0, 7));
        long second = Long.parseLong(ReferenceNumbers.format(2).substring(0, 7));
        assertThat(Math.abs(second - first)).isGreaterThan(1_000);
    }

    @Test
    void referencesGrowPastTenMillionInsteadOfRepeating() {
        String small = ReferenceNumbers.format(10_000_000L - 1);
        String large = ReferenceNumbers.format(10_000_000L);
        assertThat(small).hasSize(8);
        assertThat(large).hasSize(9).containsOnlyDigits();
        assertThat(ReferenceNumbers.isWellFormed(large)).isTrue();
    }

    @Test
    void aMistypedDigitIsNotWellFormed() {
        String reference = ReferenceNumbers.format(42);
        char first = reference.charAt(0);
        String mistyped = (char) ('0' + (first - '0' + 1) % 10) + reference.substring(1);

        assertThat(ReferenceNumbers.isWellFormed(mistyped)).isFalse();
        assertThat(ReferenceNumbers.isWellFormed("12AB5678")).isFalse();
        assertThat(ReferenceNumbers.isWellFormed("123")).isFalse();
        assertThat(ReferenceNumbers.isWellFormed(null)).isFalse();
    }

    @Test
    void sequenceValuesStartAtOne() {
        assertThatThrownBy(() -> ReferenceNumbers.format(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
