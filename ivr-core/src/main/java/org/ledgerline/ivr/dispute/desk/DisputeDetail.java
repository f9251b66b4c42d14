package org.ledgerline.ivr.dispute.desk;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.dispute.DisputeView;

/**
 * Everything the dispute page shows about one dispute, formatted for people: the invoice and its
 * amounts, the customer, the caller's own description (typed text and/or the recording's id, which
 * the page plays from {@code /recordings/<id>}), the outcome and the history, oldest first.
 *
 * @param recordingId the recorded description, or null when the caller recorded none
 * @param active whether the dispute may still be resolved or rejected
 */
public record DisputeDetail(
        long id,
        String referenceNumber,
        String status,
        String reasonCode,
        String reasonDescription,
        long customerId,
        String customerName,
        String accountNumber,
        String invoiceNumber,
        String invoiceAmount,
        String disputedAmount,
        String openBalance,
        String description,
        @Nullable Long recordingId,
        @Nullable String escalationReason,
        @Nullable String resolutionNote,
        String openedAt,
        String closedAt,
        boolean active,
        List<HistoryLine> history) {
    public DisputeDetail {
        history = List.copyOf(history);
    }

    static DisputeDetail of(DisputeView d, List<HistoryLine> history, DeskFormat format) {
        return new DisputeDetail(d.id(), d.referenceNumber(), d.status().name(), d.reasonCode(), d.reasonDescription(),
                d.customerId(), d.customerName(), d.accountNumber(), d.invoiceNumber(),
                DeskFormat.money(d.currency(), d.invoiceAmount()), DeskFormat.money(d.currency(), d.disputedAmount()),
                DeskFormat.money(d.currency(), d.openBalance()), d.description(), d.recordingId(), d.escalationReason(),
                d.resolutionNote(), format.dateTime(d.createdAt()), format.dateTime(d.resolvedAt()),
                d.status().isActive(), history);
    }
}
