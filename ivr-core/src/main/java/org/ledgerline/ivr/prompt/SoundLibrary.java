package org.ledgerline.ivr.prompt;

/**
 * Where the audio for a prompt key lives, as Asterisk names it, and what it says. The channel
 * adapter asks this; flows only deal in keys.
 */
public interface SoundLibrary {

    /** The file Asterisk plays for {@code key}: an absolute path without extension. */
    String fileFor(String language, String key);

    /**
     * The file Asterisk plays as the tone before a recording (LedgerLine's own {@link RecordingBeep}:
     * a bare Asterisk has no {@code beep} of its own): an absolute path without extension.
     */
    String beepFile();

    /** The words the prompt speaks, from the catalog (for simulators, logs and tests). */
    String textFor(String language, String key);
}
