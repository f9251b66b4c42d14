package org.ledgerline.ivr.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.prompt.PromptCatalog;

class CatalogPromptTextsTest {
    private static final PromptCatalog CATALOG = PromptCatalog.of("en", Map.of(
            "en", Map.of("menu", "Press 9 to hear this again.", "goodbye", "Goodbye."),
            "fr", Map.of("goodbye", "Au revoir.")));

    @Test
    void givesTheWordsInTheCallersLanguageFallingBackToTheDefault() {
        CatalogPromptTexts texts = new CatalogPromptTexts(() -> CATALOG);

        assertThat(texts.apply("fr", "goodbye")).isEqualTo("Au revoir.");
        assertThat(texts.apply("fr", "menu")).isEqualTo("Press 9 to hear this again.");
        assertThat(texts.apply("de", "menu")).isEqualTo("Press 9 to hear this again.");
    }

    @Test
    void aFileTheCatalogDoesNotKnowHasNoText() {
        CatalogPromptTexts texts = new CatalogPromptTexts(() -> CATALOG);

        assertThat(texts.apply("en", "welcome")).isNull();
        assertThat(texts.apply("en", "recording-1795532304")).isNull();
    }

    @Test
    void loadsTheCatalogOnceForAllPromptsAndNotBeforeTheFirst() {
        AtomicInteger loads = new AtomicInteger();
        CatalogPromptTexts texts = new CatalogPromptTexts(() -> {
            loads.incrementAndGet();
            return CATALOG;
        });
        assertThat(loads).hasValue(0);

        texts.apply("en", "menu");
        texts.apply("en", "goodbye");
        texts.apply("en", "welcome");

        assertThat(loads).hasValue(1);
    }
}
