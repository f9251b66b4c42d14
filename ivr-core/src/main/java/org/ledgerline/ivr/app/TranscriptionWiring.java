package org.ledgerline.ivr.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.config.LedgerLineConfig;
import org.ledgerline.ivr.transcription.SegmentAnnotator;
import org.ledgerline.ivr.transcription.SpeechModelUnavailableException;
import org.ledgerline.ivr.transcription.SpeechModels;
import org.ledgerline.ivr.transcription.TranscriptionAvailability;
import org.ledgerline.ivr.transcription.TranscriptionAvailability.State;
import org.ledgerline.ivr.transcription.TranscriptionPipeline;
import org.ledgerline.ivr.transcription.TranscriptionSettings;
import org.ledgerline.ivr.transcription.TranscriptionWorkers;
import org.ledgerline.ivr.transcription.VoskTranscriptionEngine;
import org.ledgerline.storage.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transcription on this node: the model is found (or the bundled one unpacked) and loaded on a
 * background thread, so start-up does not wait seconds for it; then the workers start. A model that
 * cannot be used is one clear ERROR line (key, path, what the directory must hold); the node serves
 * calls and pages as ever and the jobs stay queued. Closing stops the workers, then frees the model.
 */
final class TranscriptionWiring implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TranscriptionWiring.class);

    private final AtomicReference<TranscriptionAvailability> availability;
    private @Nullable TranscriptionWorkers workers;
    private @Nullable VoskTranscriptionEngine engine;
    private boolean closed;

    private TranscriptionWiring(TranscriptionAvailability initial) {
        this.availability = new AtomicReference<>(initial);
    }

    /** Starts transcription as {@code transcription.*} says; returns at once. */
    static TranscriptionWiring start(LedgerLineConfig config, Ledger ledger, SegmentAnnotator annotator) {
        LedgerLineConfig.Transcription settings = config.transcription();
        if (!settings.enabled()) {
            LOG.info("Transcription off on this node (transcription.enabled=false): recordings are queued, not"
                    + " transcribed here");
            return new TranscriptionWiring(new TranscriptionAvailability(State.OFF,
                    "transcription.enabled is false on this node"));
        }
        TranscriptionWiring wiring = new TranscriptionWiring(
                new TranscriptionAvailability(State.LOADING, "loading the speech model"));
        Thread.ofPlatform().name("transcription-model-loader").daemon(true)
                .start(() -> wiring.load(config, ledger, annotator));
        return wiring;
    }

    TranscriptionAvailability availability() {
        return java.util.Objects.requireNonNull(availability.get(), "availability");
    }

    private void load(LedgerLineConfig config, Ledger ledger, SegmentAnnotator annotator) {
        LedgerLineConfig.Transcription settings = config.transcription();
        VoskTranscriptionEngine loaded;
        try {
            loaded = VoskTranscriptionEngine.load(SpeechModels.locate(settings.modelDir(), settings.dataDir()));
        } catch (SpeechModelUnavailableException unusable) {
            String message = String.valueOf(unusable.getMessage());
            LOG.error("Speech model unavailable: {}", message);
            availability.set(new TranscriptionAvailability(State.MODEL_UNAVAILABLE, message));
            return;
        }
        TranscriptionPipeline pipeline = new TranscriptionPipeline(loaded, annotator, ledger.callRecordings(),
                ledger.recordings(), ledger.recordingPauses(), ledger.transcripts(),
                Path.of(config.recordings().dir()), config.backOffice().timeZone());
        TranscriptionWorkers started = new TranscriptionWorkers(ledger.transcriptionJobs(), pipeline,
                new TranscriptionSettings(settings.workers(), settings.pollInterval(), settings.lease(),
                        settings.maxAttempts(), settings.baseBackoff(), settings.maxBackoff(),
                        settings.pollInterval()),
                ManagementFactory.getRuntimeMXBean().getName());
        synchronized (this) {
            if (closed) {
                loaded.close();
                return;
            }
            engine = loaded;
            workers = started;
            started.start();
        }
        availability.set(new TranscriptionAvailability(State.READY,
                settings.workers() + " worker(s) with " + loaded.name()));
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (workers != null) {
            workers.stop(Duration.ofSeconds(15));
        }
        if (engine != null) {
            engine.close();
        }
    }
}
