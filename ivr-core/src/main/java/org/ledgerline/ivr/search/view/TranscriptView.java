package org.ledgerline.ivr.search.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.search.Listen;
import org.ledgerline.storage.search.CallFacts;
import org.ledgerline.storage.search.TranscriptDetail;

/**
 * One transcript as the transcript page shows it: the call's facts, the player's source starting at
 * the chosen segment (the hit the reader came from) on the chosen leg, the legs to switch between,
 * every segment as a line of the timeline (speaker, offset, words, a spoken promise's amount and
 * date), what the ledger holds for the call, and, for auditors, who listened to it.
 *
 * @param audioUrl the player's source: the playback route with {@code ?at=} (audited as where the
 *     listener started) and the media fragment {@code #t=} that makes the player start there
 * @param startSeconds where the player starts, also given to the page's script
 * @param listens who played the call, or null when the reader may not see that (not an auditor)
 */
public record TranscriptView(long transcriptId, String callLabel, List<Fact> facts, String audioUrl,
        String startSeconds, List<Leg> legs, List<Line> segments, List<String> promises, List<String> payments,
        List<String> disputes, @Nullable List<String> listens) {

    /** The legs of a collector call's recording, as the playback route names them. */
    public static final List<String> LEGS = List.of("mix", "collector", "customer");

    public TranscriptView {
        facts = List.copyOf(facts);
        legs = List.copyOf(legs);
        segments = List.copyOf(segments);
        promises = List.copyOf(promises);
        payments = List.copyOf(payments);
        disputes = List.copyOf(disputes);
        listens = listens == null ? null : List.copyOf(listens);
    }

    /** A labelled fact of the call. */
    public record Fact(String label, String value) {}

    /** A leg the reader may switch the player to; {@code link} reopens the page on it at the same segment. */
    public record Leg(String label, String link, boolean selected) {}

    /**
     * One segment of the timeline.
     *
     * @param promise "Spoken promise: 200.00 on 2026-12-11" for a flagged segment, else null
     * @param selected the segment the player starts at
     */
    public record Line(long id, String speaker, String speakerClass, String offset, String startSeconds,
            String endSeconds, String text, @Nullable String promise, boolean selected) {}

    /**
     * The view of {@code detail} with the player at {@code segmentId} (the start when null or not in
     * this transcript) on {@code leg} (one of {@link #LEGS}; ignored for a self-serve recording).
     */
    public static TranscriptView of(TranscriptDetail detail, @Nullable Long segmentId, String leg,
            @Nullable List<Listen> listens, ZoneId zone) {
        CallFacts call = detail.call();
        TranscriptDetail.Segment start = detail.segments().stream()
                .filter(segment -> segmentId != null && segment.id() == segmentId).findFirst().orElse(null);
        int startMs = start == null ? 0 : start.startMs();
        String at = Offsets.seconds(startMs);
        Long collectorCall = call.collectorCallId();
        String audio = collectorCall != null
                ? "/recordings/collector-calls/" + collectorCall + "/" + leg + "?at=" + at + "#t=" + at
                : "/recordings/" + call.recordingId() + "#t=" + at;
        List<Leg> legs = new ArrayList<>();
        if (collectorCall != null) {
            for (String each : LEGS) {
                legs.add(new Leg(legLabel(each), "/transcripts/" + detail.transcriptId() + "?leg=" + each
                        + (start == null ? "" : "&segment=" + start.id()), each.equals(leg)));
            }
        }
        List<Line> lines = detail.segments().stream().map(segment -> new Line(segment.id(),
                SpeakerLabels.label(segment.speaker()), SpeakerLabels.cssClass(segment.speaker()),
                Offsets.clock(segment.startMs()), Offsets.seconds(segment.startMs()), Offsets.seconds(segment.endMs()),
                segment.text(),
                segment.spokenPromise() ? promise(segment.promiseAmount(), segment.promiseDate()) : null,
                start != null && segment.id() == start.id())).toList();
        return new TranscriptView(detail.transcriptId(), SearchResults.callLabel(collectorCall, call.recordingId()),
                facts(detail, zone), audio, at, legs, lines,
                detail.promises().stream().map(p -> p.referenceNumber() + ": " + p.currency() + " "
                        + p.amount().toPlainString() + " for " + p.promisedFor() + " (" + p.status() + ")").toList(),
                detail.payments().stream().map(p -> p.currency() + " " + p.amount().toPlainString() + " "
                        + p.status()
                        + (p.confirmationNumber() == null ? "" : ", confirmation " + p.confirmationNumber())
                        + ", " + SearchResults.when(p.createdAt(), zone)).toList(),
                detail.disputes().stream().map(d -> d.referenceNumber() + ": " + d.reasonCode() + " (" + d.status()
                        + "), opened " + SearchResults.when(d.createdAt(), zone)).toList(),
                listens == null
                        ? null
                        : listens.stream().map(listen -> listen.listener() + " at "
                                + SearchResults.when(listen.at(), zone) + ", " + listen.leg().toLowerCase(Locale.ROOT)
                                + (listen.offsetSeconds() == null
                                        ? " from the start"
                                        : String.format(Locale.ROOT, " from %.2f s", listen.offsetSeconds())))
                                .toList());
    }

    /** "Spoken promise: 200.00 on 2026-12-11", or with only the amount or only the date said. */
    static String promise(@Nullable BigDecimal amount, @Nullable LocalDate date) {
        String names = names(amount, date);
        return "Spoken promise" + (names.isEmpty() ? "" : ": " + names);
    }

    /** "200.00 on 2026-12-11", "200.00", "on 2026-12-11" or nothing: what a spoken promise names. */
    static String names(@Nullable BigDecimal amount, @Nullable LocalDate date) {
        String shown = (amount == null ? "" : amount.toPlainString()) + (date == null ? "" : " on " + date);
        return shown.strip();
    }

    private static String legLabel(String leg) {
        return switch (leg) {
            case "collector" -> "Collector";
            case "customer" -> "Customer";
            default -> "Both (mix)";
        };
    }

    private static List<Fact> facts(TranscriptDetail detail, ZoneId zone) {
        CallFacts call = detail.call();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Customer", Objects.requireNonNullElse(call.customerName(), "unidentified")));
        if (call.accountNumber() != null) {
            facts.add(new Fact("Account", call.accountNumber()));
        }
        facts.add(new Fact("Collector", Objects.requireNonNullElse(call.collectorUsername(), "self-serve")));
        facts.add(new Fact("Started", SearchResults.when(call.startedAt(), zone) + " (" + zone.getId() + ")"));
        if (call.direction() != null) {
            facts.add(new Fact("Direction", call.direction().name()));
        }
        if (call.disposition() != null) {
            facts.add(new Fact("Disposition", call.disposition()));
        }
        facts.add(new Fact("Transcribed by", detail.engine() + " (" + detail.language() + ")"));
        return facts;
    }
}
