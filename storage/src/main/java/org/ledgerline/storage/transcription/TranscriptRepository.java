package org.ledgerline.storage.transcription;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Reading stored transcripts and what the transcriber needs to know about their sources. */
public interface TranscriptRepository {

    Optional<Transcript> transcriptOfCollectorCall(long collectorCallId);

    Optional<Transcript> transcriptOfRecording(long recordingId);

    /** The transcript's segments in timeline order. */
    List<TranscriptSegment> segments(long transcriptId);

    /** The time zone of the collector call's customer, empty when the call names none. */
    Optional<ZoneId> customerZoneOfCollectorCall(long collectorCallId);

    /** The time zone of the customer whose account the recorded self-serve call was about, if known. */
    Optional<ZoneId> customerZoneOfRecording(long recordingId);
}
