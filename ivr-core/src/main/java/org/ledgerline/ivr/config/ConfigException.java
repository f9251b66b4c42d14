package org.ledgerline.ivr.config;

/** A configuration value is missing or wrong; the message names the key. Start-up stops. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
