package org.ledgerline.ivr.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final PasswordPolicy policy = PasswordPolicy.withCommonPasswords(12);

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.problem("manager", "staple battery horse correct")).isEmpty();
    }

    @Test
    void refusesShortPasswordsCountingCharactersNotBytes() {
        assertThat(policy.problem("manager", "elevenchars"))
                .contains("the password must be at least 12 characters long");
        assertThat(policy.problem("manager", "ünïcödé-pässwörd")).isEmpty();
    }

    @Test
    void refusesCommonPasswordsFromTheShippedListWhateverTheirCase() {
        assertThat(PasswordPolicy.loadCommonPasswords()).hasSizeGreaterThan(2000).contains("password1234",
                "qwertyuiop123");
        assertThat(policy.problem("manager", "Password1234"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("common"));
        assertThat(policy.problem("manager", "QWERTYUIOP123")).isPresent();
        assertThat(policy.problem("manager", "111111111111")).isPresent();
    }

    @Test
    void refusesAPasswordThatContainsTheUsername() {
        assertThat(policy.problem("collector1", "my-Collector1-password"))
                .contains("the password must not contain the username");
    }

    @Test
    void refusesOverlongPasswordsSoHashingCannotBeUsedToBurnCpu() {
        assertThat(policy.problem("manager", "x".repeat(PasswordPolicy.MAX_LENGTH) + "yz")).isPresent();
    }

    @Test
    void theRefusalNeverQuotesThePassword() {
        assertThatThrownBy(() -> policy.check("manager", "letmein"))
                .isInstanceOf(WeakPasswordException.class)
                .message().doesNotContain("letmein");
    }
}
