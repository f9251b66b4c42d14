package org.ledgerline.ivr.telephony.ami;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and as whom to log in to the Asterisk Manager Interface.
 *
 * @param host Asterisk's host name or address
 * @param port the AMI port (Asterisk's default is 5038)
 * @param username the manager.conf user (LedgerLine ships {@code ledgerline})
 * @param secret that user's secret; never rendered by {@link #toString()}
 * @param actionTimeout how long to wait for Asterisk's answer to one action before giving up
 */
public record AmiSettings(String host, int port, String username, String secret, Duration actionTimeout) {

    public AmiSettings {
        requireText(host, "host");
        requireText(username, "username");
        requireText(secret, "secret");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("AMI port must be 1-65535, got " + port);
        }
        Objects.requireNonNull(actionTimeout, "actionTimeout");
        if (actionTimeout.isNegative() || actionTimeout.isZero()) {
            throw new IllegalArgumentException("AMI action timeout must be positive, got " + actionTimeout);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("AMI " + name + " must not be empty");
        }
    }

    /** host:port, for messages. */
    public String address() {
        return host + ":" + port;
    }

    /** Renders everything but the secret, so settings can be logged at start-up. */
    @Override
    public String toString() {
        return "AmiSettings[host=" + host + ", port=" + port + ", username=" + username
                + ", secret=****, actionTimeout=" + actionTimeout + "]";
    }
}
