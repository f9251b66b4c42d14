package org.ledgerline.ivr.transcription;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Speech for the transcription benchmarks: three Debian text-to-speech voices (espeak-ng, flite
 * {@code slt}, flite {@code rms}), each sentence band-limited like a phone line (sox: 300-3,400 Hz
 * band-pass, resampled to 8 kHz, 16-bit mono) and written as the WAV Asterisk would record. Needs the
 * {@code espeak-ng}, {@code flite} and {@code sox} commands; fails with the apt packages to install
 * when one is missing.
 */
public enum PhoneLineVoices {
    ESPEAK_NG("espeak-ng"), FLITE_SLT("flite slt"), FLITE_RMS("flite rms");

    private final String label;

    PhoneLineVoices(String label) {
        this.label = label;
    }

    /** How the voice is named in a report. */
    public String label() {
        return label;
    }

    /** Fails with the packages to install when a command the voices need is not on the PATH. */
    public static void requireTools() {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("espeak-ng", "flite", "sox")) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the speech benchmarks need " + String.join(", ", missing)
                    + " on the PATH: apt-get install espeak-ng flite sox");
        }
    }

    /** Speaks {@code text} in this voice over a phone line into {@code wav8k} (8 kHz, 16-bit, mono). */
    public Path speak(String text, Path wav8k) throws IOException {
        Path raw = Files.createTempFile(wav8k.getParent(), "tts-", ".wav");
        try {
            switch (this) {
                case ESPEAK_NG -> run("espeak-ng", "-w", raw.toString(), text);
                case FLITE_SLT -> run("flite", "-voice", "slt", "-t", text, "-o", raw.toString());
                case FLITE_RMS -> run("flite", "-voice", "rms", "-t", text, "-o", raw.toString());
            }
            run("sox", raw.toString(), "-b", "16", "-c", "1", "-e", "signed-integer", wav8k.toString(), "sinc",
                    "300-3400", "rate", "8000");
            return wav8k;
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : java.util.regex.Pattern.compile(":").splitAsStream(path).toList()) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(command[0] + " failed: " + new String(output, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command[0] + " was interrupted", e);
        } finally {
            process.destroy();
        }
    }
}
