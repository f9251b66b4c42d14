package org.ledgerline.ivr.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.search.Listen;
import org.ledgerline.storage.search.CallFacts;
import org.ledgerline.storage.search.SegmentHit;
import org.ledgerline.storage.search.SegmentPage;
import org.ledgerline.storage.search.SnippetPart;
import org.ledgerline.storage.search.TranscriptDetail;

/** The JSON of search results, transcripts and listens, as documented in the OpenAPI document. */
final class TranscriptJson {
    private TranscriptJson() {}

    static JsonObject page(SegmentPage page) {
        return new JsonObject().put("page", page.page()).put("pageSize", page.pageSize())
                .put("matches", page.matches()).put("capped", page.capped()).put("hasMore", page.hasMore())
                .put("results", new JsonArray(page.hits().stream().map(TranscriptJson::hit).toList()));
    }

    private static JsonObject hit(SegmentHit hit) {
        return new JsonObject().put("segmentId", hit.segmentId()).put("transcriptId", hit.transcriptId())
                .put("collectorCallId", hit.collectorCallId()).put("selfServeCallId", hit.selfServeCallId())
                .put("recordingId", hit.recordingId()).put("speaker", hit.speaker().name())
                .put("startMs", hit.startMs()).put("endMs", hit.endMs()).put("collector", hit.collectorUsername())
                .put("customerId", hit.customerId()).put("customerName", hit.customerName())
                .put("accountNumber", hit.accountNumber()).put("callStartedAt", text(hit.callStartedAt()))
                .put("direction", hit.direction() == null ? null : hit.direction().name())
                .put("disposition", hit.disposition()).put("spokenPromise", hit.spokenPromise())
                .put("rank", hit.rank()).put("snippet", snippet(hit.snippet()))
                .put("playbackUrl", playbackUrl(hit.collectorCallId(), hit.recordingId(), hit.startMs()));
    }

    /** Where the hit plays from its offset: the collector call's mix, or the self-serve recording. */
    private static String playbackUrl(@Nullable Long collectorCallId, @Nullable Long recordingId, int startMs) {
        String at = String.format(java.util.Locale.ROOT, "%.2f", startMs / 1000.0);
        return collectorCallId != null
                ? "/recordings/collector-calls/" + collectorCallId + "/mix?at=" + at
                : "/recordings/" + recordingId + "?at=" + at;
    }

    private static JsonArray snippet(List<SnippetPart> parts) {
        return new JsonArray(parts.stream()
                .map(p -> new JsonObject().put("text", p.text()).put("highlight", p.highlight())).toList());
    }

    static JsonObject transcript(TranscriptDetail detail) {
        return new JsonObject().put("transcriptId", detail.transcriptId()).put("engine", detail.engine())
                .put("language", detail.language()).put("createdAt", detail.createdAt().toString())
                .put("call", call(detail.call()))
                .put("segments", new JsonArray(detail.segments().stream().map(TranscriptJson::segment).toList()))
                .put("promises", new JsonArray(detail.promises().stream().map(p -> new JsonObject()
                        .put("id", p.id()).put("referenceNumber", p.referenceNumber())
                        .put("amount", p.amount().toPlainString()).put("currency", p.currency())
                        .put("promisedFor", p.promisedFor().toString()).put("status", p.status())
                        .put("createdAt", p.createdAt().toString())).toList()))
                .put("payments", new JsonArray(detail.payments().stream().map(p -> new JsonObject()
                        .put("id", p.id()).put("amount", p.amount().toPlainString()).put("currency", p.currency())
                        .put("status", p.status()).put("confirmationNumber", p.confirmationNumber())
                        .put("createdAt", p.createdAt().toString())).toList()))
                .put("disputes", new JsonArray(detail.disputes().stream().map(d -> new JsonObject()
                        .put("id", d.id()).put("referenceNumber", d.referenceNumber())
                        .put("reasonCode", d.reasonCode()).put("status", d.status())
                        .put("createdAt", d.createdAt().toString())).toList()));
    }

    private static JsonObject call(CallFacts call) {
        return new JsonObject().put("collectorCallId", call.collectorCallId())
                .put("selfServeCallId", call.selfServeCallId()).put("recordingId", call.recordingId())
                .put("startedAt", text(call.startedAt())).put("collector", call.collectorUsername())
                .put("customerId", call.customerId()).put("customerName", call.customerName())
                .put("accountNumber", call.accountNumber())
                .put("direction", call.direction() == null ? null : call.direction().name())
                .put("disposition", call.disposition());
    }

    private static JsonObject segment(TranscriptDetail.Segment s) {
        return new JsonObject().put("id", s.id()).put("seq", s.seq()).put("speaker", s.speaker().name())
                .put("startMs", s.startMs()).put("endMs", s.endMs()).put("text", s.text())
                .put("normalized", s.normalized()).put("words", new JsonArray(s.wordsJson()))
                .put("spokenPromise", s.spokenPromise())
                .put("promiseAmount", s.promiseAmount() == null ? null : s.promiseAmount().toPlainString())
                .put("promiseDate", text(s.promiseDate()));
    }

    static JsonObject listens(String subject, long id, List<Listen> listens) {
        return new JsonObject().put(subject, id).put("listens", new JsonArray(listens.stream()
                .map(l -> new JsonObject().put("listener", l.listener()).put("at", l.at().toString())
                        .put("leg", l.leg()).put("offsetSeconds", l.offsetSeconds())
                        .put("recordingId", l.recordingId()))
                .toList()));
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
