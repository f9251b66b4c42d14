package org.ledgerline.ivr.transcription;

import java.nio.file.Path;

/** Where the tests unpack the bundled model: once per build, shared by every test class. */
final class TestSpeechModel {
    static final Path DATA_DIR = Path.of("target", "speech-model").toAbsolutePath();

    private TestSpeechModel() {}
}
