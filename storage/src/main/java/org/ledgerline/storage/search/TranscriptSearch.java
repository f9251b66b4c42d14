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
     * The facts of self-serve recording {@code recordingId} (a call recording or a caller's dispute
     * description) a scope is judged on: its call's account and customer, or, when the call never
     * identified an account, the account of the dispute the recording describes; empty when unknown.
     */
    Optional<CallFacts> selfServeRecording(long recordingId);

    /** Whether {@code scope} may see a call with these facts. */
    boolean sees(SearchScope scope, CallFacts call);
}
