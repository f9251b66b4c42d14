package org.ledgerline.ivr.transcription;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordErrorRateTest {

    @Test
    void normalisesCasePunctuationAndSpacesButKeepsApostrophes() {
        assertThat(WordErrorRate.words("  I'll pay, on  Friday!  ")).containsExactly("i'll", "pay", "on", "friday");
        assertThat(WordErrorRate.words("?!")).isEmpty();
    }

    @Test
    void countsSubstitutionsDeletionsAndInsertions() {
        List<String> said = WordErrorRate.words("i can pay two hundred on friday");

        assertThat(WordErrorRate.errors(said, said)).isZero();
        assertThat(WordErrorRate.errors(said, WordErrorRate.words("i can pay to hundred on friday"))).isEqualTo(1);
        assertThat(WordErrorRate.errors(said, WordErrorRate.words("i pay two hundred friday"))).isEqualTo(2);
        assertThat(WordErrorRate.errors(said, WordErrorRate.words("uh i can pay two hundred on friday ok")))
                .isEqualTo(2);
        assertThat(WordErrorRate.errors(said, List.of())).isEqualTo(said.size());
        assertThat(WordErrorRate.errors(List.of(), said)).isEqualTo(said.size());
    }
}
