package org.ledgerline.ivr.dispute;

import java.time.Duration;

/**
 * How the dispute flow records descriptions.
 *
 * @param recordingsDirectory where Asterisk writes recordings (a path on the Asterisk host)
 * @param maxDescription the longest description a caller may record (default 60 s)
 * @param descriptionSilence silence that ends a description early (default 5 s)
 */
public record DisputeSettings(String recordingsDirectory, Duration maxDescription, Duration descriptionSilence) {

    public DisputeSettings {
        if (recordingsDirectory == null || recordingsDirectory.isBlank()) {
            throw new IllegalArgumentException("recordingsDirectory must not be empty");
        }
        if (maxDescription.toSeconds() < 1) {
            throw new IllegalArgumentException("maxDescription must be at least a second, not " + maxDescription);
        }
        if (descriptionSilence.toSeconds() < 1) {
            throw new IllegalArgumentException(
                    "descriptionSilence must be at least a second, not " + descriptionSilence);
        }
    }
}
