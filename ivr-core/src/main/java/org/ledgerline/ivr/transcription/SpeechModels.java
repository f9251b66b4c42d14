package org.ledgerline.ivr.transcription;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the Vosk model a node uses. A configured directory ({@code transcription.modelDir}, e.g. a
 * larger model downloaded from alphacephei.com/vosk/models) wins; otherwise the small US-English model
 * the build packs into the jar (Maven Central's {@code com.alphacephei:vosk-model-en:0.3.45} aar) is
 * unpacked once into {@code <transcription.dataDir>/model-en-us}, with {@code --allow-upsample=true}
 * added to its {@code conf/mfcc.conf} so 8 kHz telephone audio is resampled by Kaldi itself (without
 * it a 16 kHz model returns empty text for 8 kHz audio, silently).
 */
public final class SpeechModels {
    /** The packed default model: the aar (a zip) the build copies into the classes. */
    static final String BUNDLED_MODEL = "vosk/vosk-model-en.aar";
    static final String DEFAULT_MODEL_NAME = "model-en-us";
    static final String UPSAMPLE = "--allow-upsample=true";

    private static final String MODEL_PREFIX = "assets/" + DEFAULT_MODEL_NAME + "/";
    private static final List<String> REQUIRED = List.of("am/final.mdl", "conf/mfcc.conf", "conf/model.conf");
    private static final Logger LOG = LoggerFactory.getLogger(SpeechModels.class);

    private SpeechModels() {}

    /**
     * The model directory to load.
     *
     * @param configuredDir {@code transcription.modelDir}; blank for the bundled default
     * @param dataDir {@code transcription.dataDir}, where the default model is unpacked
     * @throws SpeechModelUnavailableException with the key, the path and what the directory must hold
     */
    public static Path locate(String configuredDir, Path dataDir) {
        if (!configuredDir.isBlank()) {
            Path dir = Path.of(configuredDir).toAbsolutePath().normalize();
            String problem = problemWith(dir);
            if (problem != null) {
                throw new SpeechModelUnavailableException("transcription.modelDir=" + dir + " " + problem + ". "
                        + what() + " Download one from https://alphacephei.com/vosk/models and unzip it there, or"
                        + " leave transcription.modelDir empty for the bundled small US-English model."
                        + " Transcription is off on this node; jobs stay QUEUED.");
            }
            if (!upsamples(dir)) {
                LOG.warn("transcription.modelDir={}: conf/mfcc.conf has no {}; 8 kHz telephone audio may come out"
                        + " empty with a 16 kHz model. Add that line to the file.", dir, UPSAMPLE);
            }
            return dir;
        }
        return unpackDefault(dataDir.toAbsolutePath().normalize());
    }

    /** Unpacks the bundled model into {@code dataDir/model-en-us} unless a complete copy is there. */
    static Path unpackDefault(Path dataDir) {
        Path target = dataDir.resolve(DEFAULT_MODEL_NAME);
        if (problemWith(target) == null && upsamples(target)) {
            return target;
        }
        try (InputStream bundled = SpeechModels.class.getClassLoader().getResourceAsStream(BUNDLED_MODEL)) {
            if (bundled == null) {
                throw new SpeechModelUnavailableException("transcription.modelDir is empty and the bundled model ("
                        + BUNDLED_MODEL + ") is not on the class path (the build copies it; was it built with"
                        + " `./mvnw package`?). " + what() + " Transcription is off on this node; jobs stay QUEUED.");
            }
            Files.createDirectories(dataDir);
            Path staging = Files.createTempDirectory(dataDir, DEFAULT_MODEL_NAME + ".unpacking-");
            unzipModel(bundled, staging);
            Files.writeString(staging.resolve("conf/mfcc.conf"), UPSAMPLE + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
            replace(staging, target);
            LOG.info("unpacked the bundled speech model into {}", target);
            return target;
        } catch (IOException e) {
            throw new SpeechModelUnavailableException("transcription.dataDir=" + dataDir
                    + ": could not unpack the bundled speech model there (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). The directory must be writable by the node. Transcription is off on"
                    + " this node; jobs stay QUEUED.", e);
        }
    }

    /** Null when {@code dir} looks like a Vosk model, else what is wrong with it. */
    static @org.jspecify.annotations.Nullable String problemWith(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "is not a directory";
        }
        if (!Files.isReadable(dir)) {
            return "is not readable";
        }
        for (String file : REQUIRED) {
            if (!Files.isReadable(dir.resolve(file))) {
                return "has no readable " + file;
            }
        }
        if (!Files.isDirectory(dir.resolve("graph"))) {
            return "has no graph/ directory";
        }
        return null;
    }

    private static String what() {
        return "A Vosk model directory must contain am/final.mdl, conf/mfcc.conf, conf/model.conf and graph/"
                + " (HCLG.fst, or HCLr.fst with Gr.fst), and usually ivector/.";
    }

    private static boolean upsamples(Path dir) {
        try {
            return Files.readAllLines(dir.resolve("conf/mfcc.conf"), StandardCharsets.UTF_8).stream()
                    .anyMatch(line -> line.strip().equals(UPSAMPLE));
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static void unzipModel(InputStream aar, Path into) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(aar)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().startsWith(MODEL_PREFIX) || entry.isDirectory()) {
                    continue;
                }
                Path file = into.resolve(entry.getName().substring(MODEL_PREFIX.length())).normalize();
                if (!file.startsWith(into)) {
                    throw new IOException("an entry of the bundled model leaves its directory: " + entry.getName());
                }
                Files.createDirectories(file.getParent());
                Files.copy(zip, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Moves the unpacked copy into place; a half-unpacked directory is never seen as the model. */
    private static void replace(Path staging, Path target) throws IOException {
        if (Files.exists(target)) {
            Path old = target.resolveSibling(DEFAULT_MODEL_NAME + ".old-" + System.nanoTime());
            Files.move(target, old);
            deleteTree(old);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(staging, target);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
