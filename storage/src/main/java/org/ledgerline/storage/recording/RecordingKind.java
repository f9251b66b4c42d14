package org.ledgerline.storage.recording;

/** What a recording holds. */
public enum RecordingKind {
    /** The whole call, recorded by Asterisk's MixMonitor. */
    CALL,
    /** The caller describing a dispute, recorded with AGI RECORD FILE. */
    DISPUTE_DESCRIPTION
}
