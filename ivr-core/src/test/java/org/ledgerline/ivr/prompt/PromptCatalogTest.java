package org.ledgerline.ivr.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptCatalogTest {

    @Test
    void discoversTheEnglishCatalogOnTheClasspath() {
        PromptCatalog catalog = PromptCatalog.fromClasspath();

        assertThat(catalog.languages()).contains("en");
        assertThat(catalog.defaultLanguage()).isEqualTo("en");
        assertThat(catalog.text("en", "num-7")).isEqualTo("seven");
        assertThat(catalog.keys("en")).contains("selfserve-greeting", "currency-usd-many", "ord-31", "month-12");
    }

    @Test
    void fallsBackToTheDefaultLanguageForMissingKeysAndUnknownLanguages() {
        PromptCatalog catalog = PromptCatalog.of("en", Map.of(
                "en", Map.of("hello", "Hello", "bye", "Goodbye"),
                "es", Map.of("hello", "Hola")));

        assertThat(catalog.text("es", "hello")).isEqualTo("Hola");
        assertThat(catalog.text("es", "bye")).isEqualTo("Goodbye");
        assertThat(catalog.languageFor("es", "bye")).isEqualTo("en");
        assertThat(catalog.text("fr", "hello")).isEqualTo("Hello");
    }

    @Test
    void refusesAnUnknownKey() {
        PromptCatalog catalog = PromptCatalog.of("en", Map.of("en", Map.of("hello", "Hello")));

        assertThatThrownBy(() -> catalog.text("en", "nope"))
                .isInstanceOf(UnknownPromptException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void rejectsAKeyThatIsNotAFileName() {
        assertThatThrownBy(() -> PromptCatalog.of("en", Map.of("en", Map.of("Bad Key", "x"))))
                .isInstanceOf(PromptCatalogException.class)
                .hasMessageContaining("Bad Key");
    }

    @Test
    void rejectsAPromptWithoutWords() {
        assertThatThrownBy(() -> PromptCatalog.of("en", Map.of("en", Map.of("silent", " "))))
                .isInstanceOf(PromptCatalogException.class)
                .hasMessageContaining("silent");
    }

    @Test
    void rejectsATranslatedKeyTheDefaultLanguageLacks() {
        assertThatThrownBy(() -> PromptCatalog.of("en", Map.of(
                "en", Map.of("hello", "Hello"),
                "es", Map.of("helo", "Hola"))))
                .isInstanceOf(PromptCatalogException.class)
                .hasMessageContaining("helo")
                .hasMessageContaining("es");
    }

    @Test
    void rejectsAMissingDefaultLanguage() {
        assertThatThrownBy(() -> PromptCatalog.of("en", Map.of("es", Map.of("hello", "Hola"))))
                .isInstanceOf(PromptCatalogException.class)
                .hasMessageContaining("'en'");
    }

    @Test
    void loadsUtf8CatalogsFromADirectory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("en.properties"), "greeting=Hello\n");
        Files.writeString(dir.resolve("es.properties"), "greeting=¡Hola, señor!\n");

        PromptCatalog catalog = PromptCatalog.fromDirectory(dir, "en");

        assertThat(catalog.languages()).containsExactly("en", "es");
        assertThat(catalog.text("es", "greeting")).isEqualTo("¡Hola, señor!");
    }
}
