package org.ledgerline.ivr.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;

import org.asteriskjava.fastagi.command.StreamFileCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromptStreamCommandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/var/lib/ledgerline/sounds/en/main-menu|0123456789*#",
            "/var/lib/ledgerline/sounds/en/greeting|''",
            "odd \"quoted\" name|#",
            "back\\slash\\name|0"})
    void writesExactlyTheWireTextOfAsteriskJavasCommand(String file, String escapeDigits) {
        assertThat(new PromptStreamCommand(file, escapeDigits).buildCommand())
                .isEqualTo(new StreamFileCommand(file, escapeDigits).buildCommand());
    }

    @Test
    void dropsNewlinesAsAsteriskJavaDoes() {
        assertThat(new PromptStreamCommand("two\nlines", "12").buildCommand())
                .isEqualTo(new StreamFileCommand("two\nlines", "12").buildCommand())
                .isEqualTo("STREAM FILE \"twolines\" \"12\"");
    }
}
