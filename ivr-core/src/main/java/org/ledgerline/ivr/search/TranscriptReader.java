package org.ledgerline.ivr.search;

import java.util.Objects;
import java.util.Optional;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.search.SearchScope;
import org.ledgerline.storage.search.SegmentPage;
import org.ledgerline.storage.search.SegmentQuery;
import org.ledgerline.storage.search.TranscriptDetail;
import org.ledgerline.storage.search.TranscriptSearch;

/**
 * Searching and reading transcripts for a signed-in user, limited to the calls the user may see
 * ({@link ReaderScopes}) and audited: every search (the query, the filters, the page, the scope and
 * how many matched) as {@value #SEARCHED}, every transcript read as {@value #READ}. Blocking (ledger):
 * call it off the event loop. This is what the REST routes and the auditor's page both use.
 */
public final class TranscriptReader {
    /** The audit action of one search; subject {@code transcripts/search}. */
    public static final String SEARCHED = "TRANSCRIPT_SEARCHED";
    /** The audit action of one transcript read; subject {@code transcript/<id>}. */
    public static final String READ = "TRANSCRIPT_READ";
    /** The longest query text the audit line quotes whole. */
    private static final int MAX_AUDITED_QUERY = SegmentQuery.MAX_TEXT_LENGTH;

    private final TranscriptSearch search;
    private final AuditLog audit;

    public TranscriptReader(TranscriptSearch search, AuditLog audit) {
        this.search = Objects.requireNonNull(search, "search");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** One page of matches among the calls {@code reader} may see; audited before it is returned. */
    public SegmentPage search(SignedInUser reader, SegmentQuery query) {
        SearchScope scope = ReaderScopes.of(reader);
        SegmentPage page = search.search(query, scope);
        audit.append(reader.username(), SEARCHED, "transcripts", "search", null,
                "q=" + quoted(query.text()) + " filters: " + query.filters().describe() + "; page " + query.page()
                        + "; scope: " + scope.describe() + "; " + page.matches()
                        + (page.capped() ? "+" : "") + " matches");
        return page;
    }

    /**
     * Transcript {@code transcriptId} with its call's ledger facts; empty when there is none.
     *
     * @throws CallNotPermittedException it is a call {@code reader} may not see
     */
    public Optional<TranscriptDetail> transcript(SignedInUser reader, long transcriptId) {
        Optional<TranscriptDetail> detail = search.transcript(transcriptId);
        if (detail.isEmpty()) {
            return detail;
        }
        if (!search.sees(ReaderScopes.of(reader), detail.get().call())) {
            throw new CallNotPermittedException("transcript " + transcriptId);
        }
        audit.append(reader.username(), READ, "transcript", Long.toString(transcriptId),
                detail.get().call().selfServeCallId(), describeCall(detail.get()));
        return detail;
    }

    private static String describeCall(TranscriptDetail detail) {
        Long collectorCall = detail.call().collectorCallId();
        return (collectorCall != null
                ? "collector call " + collectorCall
                : "self-serve recording "
                        + detail.call().recordingId())
                + ", customer " + detail.call().customerId() + ", "
                + detail.segments().size() + " segments";
    }

    /** The query as typed, quoted, control characters shown as '?' so one audit line stays one line. */
    static String quoted(String text) {
        String shown = text.length() > MAX_AUDITED_QUERY ? text.substring(0, MAX_AUDITED_QUERY) : text;
        StringBuilder line = new StringBuilder("\"");
        shown.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return line.append('"').toString();
    }
}
