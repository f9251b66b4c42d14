package org.ledgerline.ivr.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asteriskjava.fastagi.command.RecordFileCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emulator given a sounds directory answers like a bare Asterisk 20 (no core sound pack)
 * whenever a command needs a file the directory lacks: res/res_agi.c and main/say.c, as quoted in
 * {@link EmulatedChannel}, and FINDINGS' measured replies.
 */
class BareAsteriskSoundsTest {
    @TempDir
    Path sounds;

    private final CallTranscript transcript = new CallTranscript();
    private EmulatedChannel channel;

    @BeforeEach
    void bareAsteriskWithOnlyOurPrompt() throws IOException {
        Files.createDirectories(sounds.resolve("en"));
        Files.write(sounds.resolve("en").resolve("hello.wav"), new byte[44 + 800 * 2]);
        channel = new EmulatedChannel("SIP/trunk-1", "en", CallerScript.parse("_"),
                EmulatorOptions.defaults().withSoundsDirectory(sounds), transcript);
    }

    /** Exactly the line Asterisk-Java 3.41 writes for a recording with Asterisk's beep (the old LedgerLine code). */
    private static String recordWithAsterisksBeep() {
        return new RecordFileCommand("/rec/x", "wav", "#", 60_000, 0, true, 5).buildCommand();
    }

    @Test
    void recordFileWithTheBeepOptionFailsWithRandomErrorAndRecordsNothing() {
        assertThat(channel.execute(recordWithAsterisksBeep())).containsExactly("200 result=-1 (randomerror) endpos=0");
        assertThat(channel.execute("RECORD FILE /rec/y wav \"#\" 5000 BEEP"))
                .containsExactly("200 result=-1 (randomerror) endpos=0");

        assertThat(transcript.entriesOf(TranscriptEntry.RecordingMade.class)).isEmpty();
        assertThat(transcript.missingSounds()).containsExactly("beep", "beep");
    }

    @Test
    void recordFileWithoutTheBeepOptionRecords() {
        String line = new RecordFileCommand("/rec/x", "wav", "#", 60_000, 0, false, 5).buildCommand();

        assertThat(channel.execute(line)).containsExactly("200 result=0 (timeout) endpos=16000");
        assertThat(channel.execute("RECORD FILE /rec/y wav \"#\" 5000 s=3"))
                .containsExactly("200 result=0 (timeout) endpos=16000");
        assertThat(transcript.entriesOf(TranscriptEntry.RecordingMade.class)).hasSize(2);
        assertThat(transcript.missingSounds()).isEmpty();
    }

    @Test
    void recordFileWithTheBeepOptionRecordsWhereAsteriskHasItsBeep() throws IOException {
        Files.write(sounds.resolve("en").resolve("beep.wav"), new byte[44 + 2000 * 2]);

        assertThat(channel.execute(recordWithAsterisksBeep())).containsExactly("200 result=0 (timeout) endpos=16000");
    }

    @Test
    void streamFileAndGetDataOfAMissingFileFailAsMeasured() {
        assertThat(channel.execute("STREAM FILE \"hello\" \"\"")).containsExactly("200 result=0 endpos=800");
        assertThat(channel.execute("STREAM FILE \"/nowhere/hello\" \"\"")).containsExactly("200 result=-1 endpos=0");
        assertThat(channel.execute("GET DATA \"goodbye\" 5000 4")).containsExactly("200 result=-1");
        assertThat(transcript.missingSounds()).containsExactly("/nowhere/hello", "goodbye");
    }

    @Test
    void sayDigitsWithoutDigitSoundsSaysNothingAndAnswersZeroAsMeasured() {
        assertThat(channel.execute("SAY DIGITS \"123\" \"\"")).containsExactly("200 result=0");

        assertThat(transcript.entriesOf(TranscriptEntry.DigitsSaid.class)).isEmpty();
        assertThat(transcript.missingSounds()).containsExactly("digits/1", "digits/2", "digits/3");
    }

    @Test
    void sayNumberWithoutDigitSoundsFailsAtTheFirstMissingFile() {
        assertThat(channel.execute("SAY NUMBER 1234 \"\"")).containsExactly("200 result=-1");
        assertThat(transcript.missingSounds()).containsExactly("digits/1");
        assertThat(EmulatedSounds.numberFiles(1234)).containsExactly(
                "digits/1", "digits/thousand", "digits/2", "digits/hundred", "digits/30", "digits/4");
    }

    @Test
    void playbackOfAMissingFileSetsPlaybackStatusFailedAsAppPlaybackDoes() {
        assertThat(channel.execute("EXEC \"Playback\" \"hello&beep,noanswer\"")).containsExactly("200 result=0");
        assertThat(channel.execute("GET VARIABLE PLAYBACKSTATUS")).containsExactly("200 result=1 (FAILED)");
        assertThat(transcript.missingSounds()).containsExactly("beep");

        assertThat(channel.execute("EXEC Playback hello")).containsExactly("200 result=0");
        assertThat(channel.execute("GET VARIABLE PLAYBACKSTATUS")).containsExactly("200 result=1 (SUCCESS)");
    }

    @Test
    void withoutASoundsDirectoryEveryFileExists() {
        EmulatedChannel unchecked = new EmulatedChannel("SIP/x", CallerScript.parse("_"), EmulatorOptions.defaults(),
                transcript);

        assertThat(unchecked.execute(recordWithAsterisksBeep())).containsExactly("200 result=0 (timeout) endpos=16000");
        assertThat(unchecked.execute("SAY DIGITS 12 \"\"")).containsExactly("200 result=0");
        assertThat(transcript.missingSounds()).isEmpty();
    }
}
