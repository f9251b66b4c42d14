package org.ledgerline.ivr.menu;

/**
 * A keyed entry did not make sense (not a date, more than is owed, ...). Carries the prompt key
 * that tells the caller why before they are asked again; the message names the problem only, never
 * the keys, which may be sensitive.
 */
public final class RefusedEntryException extends Exception {
    private final String promptKey;

    public RefusedEntryException(String problem, String promptKey) {
        super("keyed entry refused: " + problem, null, false, false);
        this.promptKey = promptKey;
    }

    public String promptKey() {
        return promptKey;
    }
}
