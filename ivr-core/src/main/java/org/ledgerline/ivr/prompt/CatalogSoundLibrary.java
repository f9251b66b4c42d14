package org.ledgerline.ivr.prompt;

import java.nio.file.Path;

/**
 * The sound library backed by the catalog and the generated audio: the file for a key is {@code
 * <asteriskSoundsPath>/<language>/<key>} (Asterisk adds the extension), in the default language
 * when the caller's language lacks that key, which is exactly where {@link PromptGenerator} writes it.
 */
public final class CatalogSoundLibrary implements SoundLibrary {
    private final PromptCatalog catalog;
    private final Path asteriskSoundsPath;

    /**
     * @param asteriskSoundsPath the sounds directory as Asterisk sees it (it may mount the
     *     generator's directory elsewhere); made absolute, since Asterisk resolves relative names
     *     against its own sounds directory
     */
    public CatalogSoundLibrary(PromptCatalog catalog, Path asteriskSoundsPath) {
        this.catalog = catalog;
        this.asteriskSoundsPath = asteriskSoundsPath.toAbsolutePath().normalize();
    }

    @Override
    public String fileFor(String language, String key) {
        return asteriskSoundsPath.resolve(catalog.languageFor(language, key)).resolve(key).toString();
    }

    @Override
    public String beepFile() {
        return asteriskSoundsPath.resolve(RecordingBeep.DIRECTORY).resolve(RecordingBeep.NAME).toString();
    }

    @Override
    public String textFor(String language, String key) {
        return catalog.text(language, key);
    }
}
