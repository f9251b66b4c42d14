package org.ledgerline.ivr.search.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.search.SegmentHit;
import org.ledgerline.storage.search.SegmentPage;
import org.ledgerline.storage.search.SnippetPart;

/**
 * One page of search results as the search page shows them: each hit with its speaker, offset,
 * snippet runs (the template marks the highlighted ones, as text), the call it is from and the link
 * that opens the transcript at that segment; how many matched, whether the ranking was capped, and
 * the links to the pages before and after (the caller builds them, keeping the filters).
 */
public record SearchResults(List<Hit> hits, int page, int matches, boolean capped, @Nullable String previousUrl,
        @Nullable String nextUrl) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** One hit. {@code link} opens the transcript with the player at this segment. */
    public record Hit(long segmentId, String speaker, String speakerClass, String offset, List<SnippetPart> snippet,
            String call, String customer, String account, String collector, String when, boolean spokenPromise,
            String link) {
        public Hit {
            snippet = List.copyOf(snippet);
        }
    }

    /** The results of {@code page}; times shown in {@code zone}. */
    public static SearchResults of(SegmentPage page, ZoneId zone, @Nullable String previousUrl,
            @Nullable String nextUrl) {
        return new SearchResults(page.hits().stream().map(hit -> hit(hit, zone)).toList(), page.page(),
                page.matches(), page.capped(), previousUrl, nextUrl);
    }

    /** "1 match", "37 matches", "200+ matches" when the ranking was capped. */
    public String summary() {
        return matches + (capped ? "+" : "") + (matches == 1 && !capped ? " match" : " matches");
    }

    static Hit hit(SegmentHit hit, ZoneId zone) {
        return new Hit(hit.segmentId(), SpeakerLabels.label(hit.speaker()), SpeakerLabels.cssClass(hit.speaker()),
                Offsets.clock(hit.startMs()), hit.snippet(), callLabel(hit.collectorCallId(), hit.recordingId()),
                hit.customerName() == null ? "unidentified" : hit.customerName(),
                hit.accountNumber() == null ? "" : hit.accountNumber(),
                hit.collectorUsername() == null ? "self-serve" : hit.collectorUsername(),
                when(hit.callStartedAt(), zone), hit.spokenPromise(), TranscriptLinks.atSegment(hit.transcriptId(),
                        hit.segmentId()));
    }

    static String callLabel(@Nullable Long collectorCallId, @Nullable Long recordingId) {
        return collectorCallId != null
                ? "Collector call " + collectorCallId
                : "Self-serve recording " + recordingId;
    }

    static String when(@Nullable Instant at, ZoneId zone) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }
}
