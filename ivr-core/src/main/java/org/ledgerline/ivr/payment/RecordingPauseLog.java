package org.ledgerline.ivr.payment;

/**
 * Where card-capture pauses of a call's recording are kept, so the transcriber never produces text
 * for the paused stretch even if audio leaked into the file. The adapter stamps the time.
 */
public interface RecordingPauseLog {

    /** The recording of {@code callId} on {@code channel} was paused now; {@code pauseKey} names this pause. */
    void paused(String pauseKey, String callId, String channel);

    /** The pause {@code pauseKey} ended now (the resume was confirmed). */
    void resumed(String pauseKey);
}
