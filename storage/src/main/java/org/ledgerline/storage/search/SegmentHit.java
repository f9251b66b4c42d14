package org.ledgerline.storage.search;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.transcription.Speaker;

/**
 * One segment that matched: which call it is from (a collector call's id, or a self-serve call's
 * id and its recording), the transcript and segment, who spoke and when in the recording, the
 * call's collector, customer, account and date, and the highlighted snippet.
 *
 * @param collectorCallId the collector call, null for a self-serve recording
 * @param selfServeCallId the self-serve call (Asterisk's id), null for a collector call
 * @param recordingId the self-serve recording, null for a collector call
 * @param startMs the segment's offset from the start of the recording
 * @param rank {@code ts_rank_cd} of the segment for the query (0 without query text)
 */
public record SegmentHit(
        long segmentId,
        long transcriptId,
        @Nullable Long collectorCallId,
        @Nullable String selfServeCallId,
        @Nullable Long recordingId,
        Speaker speaker,
        int startMs,
        int endMs,
        @Nullable String collectorUsername,
        @Nullable Long customerId,
        @Nullable String customerName,
        @Nullable String accountNumber,
        @Nullable Instant callStartedAt,
        @Nullable CallDirection direction,
        @Nullable String disposition,
        boolean spokenPromise,
        double rank,
        List<SnippetPart> snippet) {

    public SegmentHit {
        snippet = List.copyOf(snippet);
    }
}
