package org.ledgerline.storage.search;

import java.util.Optional;

/** Full-text search over transcript segments and reading one transcript, always within a scope. */
public interface TranscriptSearch {
    /** One page of segments matching {@code query} among the calls {@code scope} may see, best first. */
    SegmentPage search(SegmentQuery query, SearchScope scope);

    /** A transcript with its call's facts, segments and ledger facts; empty when there is none. */
    Optional<TranscriptDetail> transcript(long transcriptId);

    /** The facts of collector call {@code collectorCallId} a scope is judged on; empty when unknown. */
    Optional<CallFacts> collectorCall(long collectorCallId);

    /**
     * The newest transcript of the call whose {@code calls} row is {@code callId} (a collector call's
     * transcript, or a self-serve recording's); empty when the call has none. Says nothing about who
     * may read it: reading goes through {@link #transcript} and {@link #sees}.
     */
    Optional<Long> transcriptOfCall(String callId);

    /**
     * The facts of self-serve recording {@code recordingId} (a call recording or a caller's dispute
     * description) a scope is judged on: its call's account and customer, or, when the call never
     * identified an account, the account of the dispute the recording describes; empty when unknown.
     */
    Optional<CallFacts> selfServeRecording(long recordingId);

    /** Whether {@code scope} may see a call with these facts. */
    boolean sees(SearchScope scope, CallFacts call);
}
