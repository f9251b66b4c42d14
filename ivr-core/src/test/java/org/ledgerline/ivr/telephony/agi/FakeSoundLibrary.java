package org.ledgerline.ivr.telephony.agi;

import org.ledgerline.ivr.prompt.SoundLibrary;

/**
 * Prompt key {@code k} in language {@code l} lives at {@code /sounds/l/k}; its text is "text of k";
 * the recording beep is {@code /sounds/tones/beep}.
 */
final class FakeSoundLibrary implements SoundLibrary {
    @Override
    public String fileFor(String language, String key) {
        return "/sounds/" + language + "/" + key;
    }

    @Override
    public String beepFile() {
        return "/sounds/tones/beep";
    }

    @Override
    public String textFor(String language, String key) {
        return "text of " + key;
    }
}
