package org.ledgerline.ivr.simulator;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.prompt.PromptCatalog;

/**
 * The words of the prompts the {@code call} simulator prints, from a prompt catalog. The catalog is
 * loaded on the first lookup and kept, since one call prints dozens of prompts and every other
 * subcommand of the same command line never needs it.
 *
 * <p>The server may play files that are not catalog keys (a recording, a path an operator
 * configured, a catalog newer than the simulator's); those have no text here ({@code null}), so the
 * simulator prints their file name alone instead of failing the way {@link PromptCatalog#text} does.
 */
public final class CatalogPromptTexts implements BiFunction<String, String, @Nullable String> {
    private final Supplier<PromptCatalog> loader;
    private @Nullable PromptCatalog catalog;

    /** @param loader reads the catalog; called at most once */
    public CatalogPromptTexts(Supplier<PromptCatalog> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** @return the words of {@code key} in {@code language} (or the default language), {@code null} if the catalog lacks the key */
    @Override
    public @Nullable String apply(String language, String key) {
        PromptCatalog loaded = catalog();
        return loaded.contains(key) ? loaded.text(language, key) : null;
    }

    private synchronized PromptCatalog catalog() {
        if (catalog == null) {
            catalog = loader.get();
        }
        return catalog;
    }
}
