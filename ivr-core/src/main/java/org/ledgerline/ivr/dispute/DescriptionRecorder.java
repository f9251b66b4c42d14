package org.ledgerline.ivr.dispute;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.ledgerline.ivr.account.IdentifiedCaller;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.RecordedAudio;
import org.ledgerline.ivr.menu.ChoiceReader;
import org.ledgerline.ivr.prompt.Utterance;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.recording.NewRecording;
import org.ledgerline.storage.recording.Recording;
import org.ledgerline.storage.recording.RecordingKind;
import org.ledgerline.storage.recording.RecordingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers the caller to describe the problem in their own words ({@value #RECORD} to record,
 * {@value #SKIP} to skip), records it after a tone until {@code #}, silence or the maximum length,
 * and registers the file in the ledger under the call's next {@value #WRITE_PURPOSE} key (the file
 * is named after that key, so a replayed call overwrites its own file and registers it once). The
 * ledger keeps the file's name relative to the recordings directory, where playback and transcription
 * look for it.
 *
 * <p>The description is optional: a caller who does not choose, a recording Asterisk could not
 * write, or a ledger that would not register it all go on without one (the last with a WARN
 * naming the file, so nobody loses the audio).
 */
public final class DescriptionRecorder {
    public static final String WRITE_PURPOSE = "dispute-recording";
    static final char RECORD = '1';
    static final char SKIP = '2';
    private static final String FORMAT = "wav";
    private static final Logger log = LoggerFactory.getLogger(DescriptionRecorder.class);

    private final RecordingRepository recordings;
    private final DisputeSettings settings;
    private final ChoiceReader choices;
    private final Clock clock;

    public DescriptionRecorder(RecordingRepository recordings, DisputeSettings settings, ChoiceReader choices,
            Clock clock) {
        this.recordings = recordings;
        this.settings = settings;
        this.choices = choices;
        this.clock = clock;
    }

    /** The registered recording's id, or empty when the caller goes on without a description. */
    public Optional<Long> offer(CallChannel channel, IdentifiedCaller caller) {
        Utterance offer = Utterance.of(DisputePrompts.OFFER_RECORDING);
        Optional<Character> choice = choices.read(channel, offer, offer, Set.of(RECORD, SKIP));
        if (choice.isEmpty() || choice.get() == SKIP) {
            return Optional.empty();
        }
        String key = caller.session().nextIdempotencyKey(WRITE_PURPOSE);
        // The switch is told where to write; the ledger keeps the name relative to recordings.dir, the
        // form RecordingFiles resolves (the full path resolved twice under a relative recordings.dir).
        String name = key.replaceAll("[^A-Za-z0-9.-]", "-");
        String file = settings.recordingsDirectory() + "/" + name;
        Instant startedAt = clock.instant();
        RecordedAudio audio = channel.record(Utterance.of(DisputePrompts.RECORD_AFTER_TONE), file,
                settings.maxDescription(), settings.descriptionSilence());
        if (!audio.saved()) {
            channel.play(Utterance.of(DisputePrompts.RECORDING_FAILED));
            return Optional.empty();
        }
        try {
            Recording recording = recordings.record(new NewRecording(key, caller.session().callId(),
                    RecordingKind.DISPUTE_DESCRIPTION, name, audio.format(), startedAt, audio.length()));
            channel.play(Utterance.of(DisputePrompts.RECORDING_KEPT));
            return Optional.of(recording.id());
        } catch (StorageException notRegistered) {
            log.warn("dispute description {}.{} recorded but not registered: {}", audio.file(), FORMAT,
                    notRegistered.getMessage());
            channel.play(Utterance.of(DisputePrompts.RECORDING_FAILED));
            return Optional.empty();
        }
    }
}
