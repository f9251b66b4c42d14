package org.ledgerline.ivr.menu;

import java.time.Duration;

/**
 * How menus listen for a choice.
 *
 * @param choiceTimeout how long to wait for a key after the options were read
 * @param maxAttempts silences or invalid keys in a row before the caller is sent to a person (default 3)
 */
public record MenuSettings(Duration choiceTimeout, int maxAttempts) {

    public MenuSettings {
        if (choiceTimeout.isNegative() || choiceTimeout.isZero()) {
            throw new IllegalArgumentException("choiceTimeout must be positive, not " + choiceTimeout);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
    }

    /** 5 seconds to choose, 3 attempts. */
    public static MenuSettings defaults() {
        return new MenuSettings(Duration.ofSeconds(5), 3);
    }
}
