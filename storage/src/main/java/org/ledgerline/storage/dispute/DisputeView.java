package org.ledgerline.storage.dispute;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A dispute with what the back office and the escalation email show: the invoice, the customer,
 * the call and the recording of the caller's description. Money is in {@code currency}.
 *
 * @param disputedAmount the invoice's open balance when the dispute was opened
 * @param openBalance the invoice's open balance now
 * @param recordingId the recording of the caller's description, or null
 * @param recordingPath that recording's file path, or null
 * @param escalationReason why it was escalated, or null
 * @param resolutionNote the note given when it was resolved or rejected, or null
 */
public record DisputeView(
        long id,
        String referenceNumber,
        DisputeStatus status,
        String reasonCode,
        String reasonDescription,
        long invoiceId,
        String invoiceNumber,
        BigDecimal invoiceAmount,
        BigDecimal disputedAmount,
        BigDecimal openBalance,
        String currency,
        long customerId,
        String customerName,
        long accountId,
        String accountNumber,
        String callId,
        String description,
        @Nullable Long recordingId,
        String recordingPath,
        String escalationReason,
        String resolutionNote,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant escalatedAt,
        @Nullable Instant resolvedAt) {}
