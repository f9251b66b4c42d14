package org.ledgerline.ivr.prompt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every catalog prompt to {@code <soundsDir>/<language>/<key>.wav} (8 kHz 16-bit mono
 * PCM, which Asterisk plays as is), and LedgerLine's own {@link RecordingBeep}. A manifest per language ({@value #MANIFEST}) keeps a
 * fingerprint of each prompt's voice and text, so a restart regenerates only prompts whose words
 * changed (or whose file went missing), and deletes audio of prompts removed from the catalog.
 *
 * <p>Generated audio is build output: it is never committed. Meant to be called once at start-up
 * (and by the {@code prompts} command); {@link #generate()} is serialised.
 */
public final class PromptGenerator {
    static final String MANIFEST = ".prompts.manifest";

    private static final Logger log = LoggerFactory.getLogger(PromptGenerator.class);

    private final PromptCatalog catalog;
    private final Path soundsDir;
    private final SpeechSynthesizer synthesizer;

    public PromptGenerator(PromptCatalog catalog, Path soundsDir, SpeechSynthesizer synthesizer) {
        this.catalog = catalog;
        this.soundsDir = soundsDir;
        this.synthesizer = synthesizer;
    }

    /** A generator speaking with FreeTTS's {@code kevin} voice. */
    public static PromptGenerator withFreeTts(PromptCatalog catalog, Path soundsDir) {
        return new PromptGenerator(catalog, soundsDir, new FreeTtsSpeechSynthesizer());
    }

    /** Brings the sounds directory up to date with the catalog. */
    public synchronized GenerationReport generate() throws IOException {
        int generated = 0;
        int unchanged = 0;
        int removed = 0;
        for (String language : catalog.languages()) {
            Path dir = Files.createDirectories(soundsDir.resolve(language));
            Properties manifest = readManifest(dir);
            Properties updated = new Properties();
            for (String key : catalog.keys(language)) {
                String fingerprint = fingerprint(catalog.text(language, key));
                Path wav = dir.resolve(key + ".wav");
                if (fingerprint.equals(manifest.getProperty(key)) && Files.isRegularFile(wav)) {
                    unchanged++;
                } else {
                    writeWav(wav, synthesizer.synthesize(catalog.text(language, key)));
                    generated++;
                }
                updated.setProperty(key, fingerprint);
            }
            removed += removeStale(dir, manifest, catalog.keys(language));
            writeManifest(dir, updated);
        }
        // Not counted in the report, which is about catalog prompts (and what their voice costs to render).
        writeBeepIfChanged();
        GenerationReport report = new GenerationReport(generated, unchanged, removed);
        log.info("prompt audio in {}: {}", soundsDir, report);
        return report;
    }

    private String fingerprint(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((synthesizer.voiceId() + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Renders {@link RecordingBeep} unless the file already holds exactly that tone; true when written. */
    private boolean writeBeepIfChanged() throws IOException {
        Path wav = Files.createDirectories(soundsDir.resolve(RecordingBeep.DIRECTORY))
                .resolve(RecordingBeep.NAME + ".wav");
        byte[] pcm = RecordingBeep.pcm();
        if (Files.isRegularFile(wav)) {
            try (AudioInputStream existing = AudioSystem.getAudioInputStream(wav.toFile())) {
                if (Arrays.equals(existing.readAllBytes(), pcm)) {
                    return false;
                }
            } catch (UnsupportedAudioFileException unreadable) {
                log.info("replacing unreadable beep tone {}", wav);
            }
        }
        writeWav(wav, pcm);
        return true;
    }

    /** Writes next to the target and moves into place, so Asterisk never plays a half-written file. */
    private static void writeWav(Path wav, byte[] pcm) throws IOException {
        Path partial = wav.resolveSibling(wav.getFileName() + ".partial");
        int frameSize = SpeechSynthesizer.TELEPHONY_FORMAT.getFrameSize();
        try (AudioInputStream audio = new AudioInputStream(
                new ByteArrayInputStream(pcm), SpeechSynthesizer.TELEPHONY_FORMAT, pcm.length / frameSize)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, partial.toFile());
        }
        Files.move(partial, wav, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes audio this generator made for keys the catalog no longer has; other files are left alone. */
    private static int removeStale(Path dir, Properties manifest, Set<String> currentKeys) throws IOException {
        int removed = 0;
        for (String key : new TreeSet<>(manifest.stringPropertyNames())) {
            if (!currentKeys.contains(key) && Files.deleteIfExists(dir.resolve(key + ".wav"))) {
                removed++;
            }
        }
        return removed;
    }

    private static Properties readManifest(Path dir) throws IOException {
        Properties manifest = new Properties();
        Path file = dir.resolve(MANIFEST);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                manifest.load(in);
            }
        }
        return manifest;
    }

    private static void writeManifest(Path dir, Properties manifest) throws IOException {
        Path partial = dir.resolve(MANIFEST + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            manifest.store(out, "SHA-256 of voice and text per prompt key, written by LedgerLine's PromptGenerator");
        }
        Files.move(partial, dir.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** What a generation run did: prompts rendered, prompts already up to date, stale files deleted. */
    public record GenerationReport(int generated, int unchanged, int removed) {}
}
