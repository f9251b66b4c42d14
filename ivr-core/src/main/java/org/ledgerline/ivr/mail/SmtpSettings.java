package org.ledgerline.ivr.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * Where escalation emails go and how.
 *
 * @param starttls {@code DISABLED}, {@code OPTIONAL} (use it when offered) or {@code REQUIRED}
 * @param username empty for a server that needs no login
 * @param creditManager the address escalations are sent to
 * @param timeout how long a call waits for the server to accept a message
 * @param recordingLinkBase the public HTTP base URL; a recording's link is {@code <base>/recordings/<id>}
 */
public record SmtpSettings(
        String host,
        int port,
        String starttls,
        String username,
        String password,
        String from,
        String creditManager,
        Duration timeout,
        String recordingLinkBase) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(creditManager, "creditManager");
        Objects.requireNonNull(timeout, "timeout");
        recordingLinkBase = recordingLinkBase.endsWith("/")
                ? recordingLinkBase.substring(0, recordingLinkBase.length() - 1)
                : recordingLinkBase;
    }

    /** The link the credit manager follows to hear a recording. */
    public String recordingLink(long recordingId) {
        return recordingLinkBase + "/recordings/" + recordingId;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", starttls " + starttls + ", from " + from + ", to "
                + creditManager + "]";
    }
}
