package org.ledgerline.ivr.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.storage.recording.Recording;
import org.ledgerline.storage.recording.RecordingKind;

/** Where a registered recording's file is, and the paths that must never be read. */
class RecordingFilesTest {
    @TempDir
    Path temp;

    @Test
    void findsAnAbsolutePathWithoutExtensionAsTheSwitchNamesIt() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("recordings"));
        Path file = Files.writeString(directory.resolve("call-1.wav"), "RIFF");

        assertThat(new RecordingFiles(directory).locate(recording(directory + "/call-1", "wav")))
                .isEqualTo(file.toRealPath());
    }

    @Test
    void findsARelativePathInsideTheDirectoryAndAPathThatAlreadyHasItsExtension() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("recordings"));
        Path file = Files.writeString(Files.createDirectories(directory.resolve("demo")).resolve("d.WAV"), "RIFF");

        assertThat(new RecordingFiles(directory).locate(recording("demo/d.WAV", "wav"))).isEqualTo(file.toRealPath());
    }

    @Test
    void aDescriptionRegisteredWithARelativeRecordingsDirInFrontIsStillFound() throws IOException {
        // Before the fix the ledger held recordings.dir + "/" + name; with the relative default that
        // path must not be resolved against the directory a second time.
        Path relative = Path.of("target", "recording-files-" + System.nanoTime());
        Path file = Files.writeString(Files.createDirectories(relative).resolve("call-1-dispute-recording-1.wav"),
                "RIFF");

        assertThat(new RecordingFiles(relative).locate(recording(relative + "/call-1-dispute-recording-1", "wav")))
                .isEqualTo(file.toRealPath());
        assertThat(new RecordingFiles(relative).locate(recording("call-1-dispute-recording-1", "wav")))
                .isEqualTo(file.toRealPath());
        assertUnavailable(relative, recording("target/elsewhere/call-1-dispute-recording-1", "wav"),
                RecordingUnavailableException.Reason.NOT_ON_DISK);
    }

    @Test
    void refusesAPathThatClimbsOutOfTheDirectory() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("recordings"));
        Files.writeString(temp.resolve("secret.wav"), "not a recording");

        assertUnavailable(directory, recording("../secret", "wav"),
                RecordingUnavailableException.Reason.OUTSIDE_DIRECTORY);
        assertUnavailable(directory, recording(temp.resolve("secret").toString(), "wav"),
                RecordingUnavailableException.Reason.OUTSIDE_DIRECTORY);
        assertUnavailable(directory, recording(directory + "/../secret", "wav"),
                RecordingUnavailableException.Reason.OUTSIDE_DIRECTORY);
    }

    @Test
    void refusesASymbolicLinkThatLeadsOutOfTheDirectory() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("recordings"));
        Path secret = Files.writeString(temp.resolve("secret.wav"), "not a recording");
        Files.createSymbolicLink(directory.resolve("link.wav"), secret);

        assertUnavailable(directory, recording("link", "wav"), RecordingUnavailableException.Reason.OUTSIDE_DIRECTORY);
    }

    @Test
    void aRegisteredFileThatIsNotOnDiskIsUnavailable() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("recordings"));
        Files.createDirectories(directory.resolve("a-folder.wav"));

        assertUnavailable(directory, recording("gone", "wav"), RecordingUnavailableException.Reason.NOT_ON_DISK);
        assertUnavailable(directory, recording("a-folder", "wav"), RecordingUnavailableException.Reason.NOT_ON_DISK);
    }

    @Test
    void namesTheMediaTypeAPlayerNeeds() {
        assertThat(RecordingFiles.mediaType("wav")).isEqualTo("audio/wav");
        assertThat(RecordingFiles.mediaType("WAV")).isEqualTo("audio/wav");
        assertThat(RecordingFiles.mediaType("mp3")).isEqualTo("audio/mpeg");
        assertThat(RecordingFiles.mediaType("sln")).isEqualTo("application/octet-stream");
    }

    private static void assertUnavailable(Path directory, Recording recording,
            RecordingUnavailableException.Reason reason) {
        assertThatThrownBy(() -> new RecordingFiles(directory).locate(recording))
                .isInstanceOfSatisfying(RecordingUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).doesNotContain(directory.toString());
                });
    }

    private static Recording recording(String path, String format) {
        return new Recording(7, "key-7", "call-7", RecordingKind.DISPUTE_DESCRIPTION, path, format,
                Instant.parse("2026-11-24T10:00:00Z"), null, null);
    }
}
