package org.ledgerline.ivr.prompt;

/** Code asked for a prompt key the catalog does not have: a programming error, caught by tests. */
public class UnknownPromptException extends IllegalArgumentException {
    public UnknownPromptException(String key) {
        super("no prompt '" + key + "' in the catalog");
    }
}
