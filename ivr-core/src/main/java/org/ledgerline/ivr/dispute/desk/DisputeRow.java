package org.ledgerline.ivr.dispute.desk;

import org.ledgerline.storage.dispute.DisputeView;

/**
 * One line of the disputes list, formatted for people.
 *
 * @param status the status's name ({@code OPEN}, {@code ESCALATED}, {@code RESOLVED}, {@code REJECTED})
 * @param disputedAmount the invoice's open balance when the dispute was opened, with its currency
 * @param openedAt when it was opened, in the business time zone
 */
public record DisputeRow(
        long id,
        String referenceNumber,
        String status,
        String reasonCode,
        String reasonDescription,
        long customerId,
        String customerName,
        String invoiceNumber,
        String disputedAmount,
        String openedAt) {

    static DisputeRow of(DisputeView dispute, DeskFormat format) {
        return new DisputeRow(dispute.id(), dispute.referenceNumber(), dispute.status().name(), dispute.reasonCode(),
                dispute.reasonDescription(), dispute.customerId(), dispute.customerName(), dispute.invoiceNumber(),
                DeskFormat.money(dispute.currency(), dispute.disputedAmount()), format.dateTime(dispute.createdAt()));
    }
}
