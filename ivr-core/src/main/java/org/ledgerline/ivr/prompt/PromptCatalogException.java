package org.ledgerline.ivr.prompt;

/** The prompt catalog is missing or inconsistent; the message names the language and key. */
public class PromptCatalogException extends IllegalStateException {
    public PromptCatalogException(String message) {
        super(message);
    }
}
