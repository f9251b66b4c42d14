package org.ledgerline.ivr.call;

/**
 * A place in the Asterisk dialplan to send a call to, written {@code context,extension,priority}
 * (for example {@code ledgerline-agents,s,1}), as {@link CallChannel#transfer(String)} takes it.
 */
public record DialplanDestination(String context, String extension, String priority) {

    public DialplanDestination {
        requirePart("context", context);
        requirePart("extension", extension);
        requirePart("priority", priority);
    }

    /** Parses {@code context,extension,priority}; the message says which part is wrong. */
    public static DialplanDestination parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException(
                    "a dialplan destination is 'context,extension,priority', not '" + text + "'");
        }
        return new DialplanDestination(parts[0].strip(), parts[1].strip(), parts[2].strip());
    }

    private static void requirePart(String name, String value) {
        if (value == null || value.isBlank() || value.contains(",")
                || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(
                    "dialplan " + name + " must be one word without commas, not '" + value + "'");
        }
    }

    /** The form the channel port and Asterisk's dialplan use. */
    @Override
    public String toString() {
        return context + "," + extension + "," + priority;
    }
}
