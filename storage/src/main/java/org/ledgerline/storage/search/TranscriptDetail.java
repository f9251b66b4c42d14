package org.ledgerline.storage.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.transcription.Speaker;

/**
 * One transcript as an auditor reads it: the call, every segment in order, and what the ledger holds
 * for the call (promises, payments, disputes), so what was said sits beside what was recorded.
 */
public record TranscriptDetail(
        long transcriptId, String engine, String language, Instant createdAt, CallFacts call, List<Segment> segments,
        List<LedgerPromise> promises, List<LedgerPayment> payments, List<LedgerDispute> disputes) {

    public TranscriptDetail {
        segments = List.copyOf(segments);
        promises = List.copyOf(promises);
        payments = List.copyOf(payments);
        disputes = List.copyOf(disputes);
    }

    /**
     * One segment.
     *
     * @param wordsJson the words with start, end (ms) and confidence, as stored: {@code
     *     [{"w":"two","s":1230,"e":1410,"c":0.98}, ...]}
     */
    public record Segment(long id, int seq, Speaker speaker, int startMs, int endMs, String text, String normalized,
            String wordsJson, boolean spokenPromise, @Nullable BigDecimal promiseAmount,
            @Nullable LocalDate promiseDate) {}

    /** A promise to pay the ledger holds for the call. */
    public record LedgerPromise(long id, String referenceNumber, BigDecimal amount, String currency,
            LocalDate promisedFor, String status, Instant createdAt) {}

    /** A payment the ledger holds for the call. */
    public record LedgerPayment(long id, BigDecimal amount, String currency, String status,
            @Nullable String confirmationNumber, Instant createdAt) {}

    /** A dispute the ledger holds for the call. */
    public record LedgerDispute(long id, String referenceNumber, String reasonCode, String status,
            Instant createdAt) {}
}
