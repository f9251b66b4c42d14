package org.ledgerline.ivr.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogSoundLibraryTest {
    private final PromptCatalog catalog = PromptCatalog.of("en", Map.of(
            "en", Map.of("hello", "Hello", "bye", "Goodbye"),
            "es", Map.of("hello", "Hola")));

    @Test
    void namesTheGeneratedFileWithoutExtension() {
        SoundLibrary sounds = new CatalogSoundLibrary(catalog, Path.of("/var/lib/ledgerline/sounds"));

        assertThat(sounds.fileFor("es", "hello")).isEqualTo("/var/lib/ledgerline/sounds/es/hello");
        assertThat(sounds.textFor("es", "hello")).isEqualTo("Hola");
    }

    @Test
    void playsTheDefaultLanguageWhenTheCallersLanguageLacksTheKey() {
        SoundLibrary sounds = new CatalogSoundLibrary(catalog, Path.of("/sounds"));

        assertThat(sounds.fileFor("es", "bye")).isEqualTo("/sounds/en/bye");
        assertThat(sounds.fileFor("de", "hello")).isEqualTo("/sounds/en/hello");
        assertThat(sounds.textFor("es", "bye")).isEqualTo("Goodbye");
    }

    @Test
    void makesARelativeSoundsDirectoryAbsoluteBecauseAsteriskWouldResolveItAgainstItsOwn() {
        SoundLibrary sounds = new CatalogSoundLibrary(catalog, Path.of("data/sounds"));

        String file = sounds.fileFor("en", "hello");

        assertThat(Path.of(file).isAbsolute()).isTrue();
        assertThat(file).endsWith("/data/sounds/en/hello");
    }
}
