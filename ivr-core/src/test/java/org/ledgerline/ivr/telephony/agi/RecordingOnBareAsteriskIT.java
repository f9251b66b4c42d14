package org.ledgerline.ivr.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.command.RecordFileCommand;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.ivr.call.RecordedAudio;
import org.ledgerline.ivr.prompt.SoundLibrary;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.AsteriskAgiEmulator;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.CallerScript;
import org.ledgerline.ivr.simulator.EmulatorOptions;
import org.ledgerline.ivr.simulator.TranscriptEntry;

/**
 * Issue 8 item 13 over TCP: the emulated Asterisk has LedgerLine's prompts and beep but none of its
 * own sounds, as the real Asterisk 20.20.1 LedgerLine was checked on. The recording command the old
 * code sent ({@code RECORD FILE … 0 BEEP s=5}) fails there exactly as it did on the real switch; the
 * channel adapter's recording (our beep, then {@code RECORD FILE} without {@code BEEP}) is kept.
 */
class RecordingOnBareAsteriskIT {
    private static final String RECORDING = "/var/spool/ledgerline/call-1-dispute-recording-1";

    @TempDir
    Path sounds;

    private SoundLibrary ourPromptsIn(Path dir) {
        return new SoundLibrary() {
            @Override
            public String fileFor(String language, String key) {
                return dir.resolve(language).resolve(key).toString();
            }

            @Override
            public String beepFile() {
                return dir.resolve("tones").resolve("ledgerline-record-beep").toString();
            }

            @Override
            public String textFor(String language, String key) {
                return key;
            }
        };
    }

    private CallTranscript callThrough(AgiScript script) throws IOException {
        FastAgiServer server = new FastAgiServer(script, InetAddress.getLoopbackAddress(), 0, 8,
                FastAgiServer.LOOPBACK_ONLY);
        server.start();
        try {
            return new AsteriskAgiEmulator("127.0.0.1", server.port(),
                    EmulatorOptions.defaults().withSoundsDirectory(sounds).withSocketTimeout(Duration.ofSeconds(20)))
                    .call(AgiEnvironment.sipCall("record", "5551001"), CallerScript.parse("_"));
        } finally {
            server.stop();
        }
    }

    private void ledgerLinesSoundsOnly() throws IOException {
        Files.createDirectories(sounds.resolve("en"));
        Files.createDirectories(sounds.resolve("tones"));
        Files.write(sounds.resolve("en").resolve("dispute-record-after-tone.wav"), new byte[44 + 8000 * 2]);
        Files.write(sounds.resolve("tones").resolve("ledgerline-record-beep.wav"), new byte[44 + 2000 * 2]);
    }

    @Test
    void theOldRecordingCommandWithAsterisksBeepIsRefusedWithRandomErrorAndNothingIsRecorded() throws IOException {
        ledgerLinesSoundsOnly();
        Queue<AgiReply> replies = new ConcurrentLinkedQueue<>();

        CallTranscript call = callThrough((request, channel) -> replies
                .add(channel.sendCommand(new RecordFileCommand(RECORDING, "wav", "#", 60_000, 0, true, 5))));

        assertThat(replies).singleElement().satisfies(reply -> {
            assertThat(reply.getResult()).isEqualTo("-1");
            assertThat(reply.getExtra()).isEqualTo("randomerror");
        });
        assertThat(call.entriesOf(TranscriptEntry.RecordingMade.class)).isEmpty();
        assertThat(call.missingSounds()).containsExactly("beep");
    }

    @Test
    void theChannelAdapterPlaysOurBeepThenRecordsWithoutAsterisksBeep() throws IOException {
        ledgerLinesSoundsOnly();
        SoundLibrary library = ourPromptsIn(sounds);
        Queue<RecordedAudio> recorded = new ConcurrentLinkedQueue<>();

        CallTranscript call = callThrough((request, channel) -> recorded.add(
                new AgiCallChannel(channel, library, "en", new AgiMetrics(new SimpleMeterRegistry()))
                        .record(Utterance.of("dispute-record-after-tone"), RECORDING, Duration.ofSeconds(60),
                                Duration.ofSeconds(5))));

        assertThat(recorded).singleElement().satisfies(audio -> {
            assertThat(audio.saved()).isTrue();
            assertThat(audio.ending()).isEqualTo(RecordedAudio.Ending.TIME_OR_SILENCE);
        });
        assertThat(call.missingSounds()).isEmpty();
        assertThat(call.entries()).filteredOn(entry -> entry instanceof TranscriptEntry.PromptPlayed
                || entry instanceof TranscriptEntry.RecordingMade)
                .containsExactly(
                        new TranscriptEntry.PromptPlayed(library.fileFor("en", "dispute-record-after-tone"), null,
                                false, false),
                        new TranscriptEntry.PromptPlayed(library.beepFile(), null, false, false),
                        new TranscriptEntry.RecordingMade(RECORDING));
    }

    @Test
    void withoutOurBeepFileTheRecordingStillStarts() throws IOException {
        ledgerLinesSoundsOnly();
        Files.delete(sounds.resolve("tones").resolve("ledgerline-record-beep.wav"));
        SoundLibrary library = ourPromptsIn(sounds);
        Queue<RecordedAudio> recorded = new ConcurrentLinkedQueue<>();

        CallTranscript call = callThrough((request, channel) -> recorded.add(
                new AgiCallChannel(channel, library, "en", new AgiMetrics(new SimpleMeterRegistry()))
                        .record(Utterance.of("dispute-record-after-tone"), RECORDING, Duration.ofSeconds(60),
                                Duration.ofSeconds(5))));

        assertThat(recorded).singleElement().extracting(RecordedAudio::saved).isEqualTo(true);
        assertThat(call.missingSounds()).isEqualTo(List.of(library.beepFile()));
    }
}
