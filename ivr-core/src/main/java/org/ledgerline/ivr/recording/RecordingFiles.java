package org.ledgerline.ivr.recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ledgerline.storage.recording.Recording;

/**
 * Finds a registered recording's file inside the recordings directory ({@code recordings.dir}).
 * The ledger keeps the path as the switch named it, without the format's extension, absolute or
 * relative to the directory (older dispute descriptions: relative to the working directory, with a
 * relative {@code recordings.dir} in front, which is still found). Whatever the ledger says, a path that leads outside the directory
 * (through {@code ..} or a symbolic link) is refused: the ledger is trusted for which file, not for
 * where files may be read.
 */
public final class RecordingFiles {
    private final Path directory;

    public RecordingFiles(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The recording's file, checked to be a regular file inside the directory. */
    public Path locate(Recording recording) {
        return locate(recording.id(), withExtension(recording.filePath(), recording.format()));
    }

    /**
     * The file the ledger registered at {@code registeredPath} (a collector call's leg: relative to the
     * directory, with its extension) for recording {@code recordingId}, checked like {@link
     * #locate(Recording)}.
     */
    public Path locate(long recordingId, String registeredPath) {
        Path file = Path.of(registeredPath);
        Path resolved = (file.isAbsolute() ? file : directory.resolve(file)).normalize();
        Path legacy = file.toAbsolutePath().normalize();
        if (!file.isAbsolute() && !Files.exists(resolved) && legacy.startsWith(directory)) {
            // Dispute descriptions registered before the ledger kept them relative to the directory
            // hold the directory as configured (relative to the working directory) in front of the name.
            resolved = legacy;
        }
        if (!resolved.startsWith(directory)) {
            throw new RecordingUnavailableException(recordingId,
                    RecordingUnavailableException.Reason.OUTSIDE_DIRECTORY);
        }
        if (!Files.isRegularFile(resolved)) {
            throw new RecordingUnavailableException(recordingId, RecordingUnavailableException.Reason.NOT_ON_DISK);
        }
        try {
            Path real = resolved.toRealPath();
            if (!real.startsWith(directory.toRealPath())) {
                throw new RecordingUnavailableException(recordingId,
                        RecordingUnavailableException.Reason.OUTSIDE_DIRECTORY);
            }
            return real;
        } catch (IOException e) {
            throw new RecordingUnavailableException(recordingId, RecordingUnavailableException.Reason.NOT_READABLE);
        }
    }

    /** The media type a player needs for a recording of {@code format} (Asterisk's format names). */
    public static String mediaType(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "wav", "wav16", "wav49" -> "audio/wav";
            case "mp3" -> "audio/mpeg";
            case "ogg" -> "audio/ogg";
            case "gsm" -> "audio/x-gsm";
            default -> "application/octet-stream";
        };
    }

    private static String withExtension(String path, String format) {
        String extension = "." + format;
        return path.toLowerCase(Locale.ROOT).endsWith(extension.toLowerCase(Locale.ROOT)) ? path : path + extension;
    }
}
