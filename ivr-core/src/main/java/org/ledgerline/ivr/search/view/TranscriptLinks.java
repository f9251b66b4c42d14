package org.ledgerline.ivr.search.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The auditor's pages' paths, in one place so the templates, the routes and the tests agree. */
public final class TranscriptLinks {
    /** The search page. */
    public static final String SEARCH = "/transcripts";
    /** The spoken-versus-ledger report page. */
    public static final String RECONCILIATION = "/transcripts/reconciliation";

    private TranscriptLinks() {}

    /** Transcript {@code transcriptId} with the player at segment {@code segmentId}. */
    public static String atSegment(long transcriptId, long segmentId) {
        return "/transcripts/" + transcriptId + "?segment=" + segmentId;
    }

    /** The transcript of the call whose {@code calls} row is {@code callId}, at a segment when one is given. */
    public static String ofCall(String callId, long segmentId) {
        return "/transcripts/calls/" + URLEncoder.encode(callId, StandardCharsets.UTF_8).replace("+", "%20")
                + (segmentId > 0 ? "?segment=" + segmentId : "");
    }
}
