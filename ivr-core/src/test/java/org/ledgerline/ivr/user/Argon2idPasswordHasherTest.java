package org.ledgerline.ivr.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2idPasswordHasherTest {
    private final Argon2idPasswordHasher cheap = new Argon2idPasswordHasher(64, 1, 1);

    @Test
    void theStandardHashIsAnArgon2idPhcStringWithOwaspParametersThatVerifies() {
        String hash = Argon2idPasswordHasher.STANDARD.hash("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct");
        assertThat(Argon2idPasswordHasher.STANDARD.verify("correct horse battery staple", hash)).isTrue();
        assertThat(Argon2idPasswordHasher.STANDARD.verify("correct horse battery stapler", hash)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertThat(cheap.hash("same password")).isNotEqualTo(cheap.hash("same password"));
    }

    @Test
    void readsTheParametersFromTheHashSoOldHashesStillVerifyAfterATuningChange() {
        String old = cheap.hash("a passphrase");

        assertThat(Argon2idPasswordHasher.STANDARD.verify("a passphrase", old)).isTrue();
    }

    @Test
    void aHashItCannotReadIsNoMatch() {
        assertThat(cheap.verify("x", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(cheap.verify("x", "$argon2id$v=19$m=64,t=1,p=1$!!!$???")).isFalse();
        assertThat(cheap.verify(null, cheap.hash("x"))).isFalse();
        assertThat(cheap.verify("x", null)).isFalse();
    }
}
