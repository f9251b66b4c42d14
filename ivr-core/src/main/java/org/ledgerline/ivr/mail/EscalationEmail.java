package org.ledgerline.ivr.mail;

import org.ledgerline.storage.dispute.DisputeView;

/** The plain-text email the credit manager receives for an escalated dispute. */
record EscalationEmail(String subject, String body) {

    static EscalationEmail of(DisputeView dispute, SmtpSettings settings) {
        String subject = "Escalated dispute " + dispute.referenceNumber() + ": invoice " + dispute.invoiceNumber()
                + " (" + dispute.customerName() + ")";
        String recording = dispute.recordingId() == null
                ? "The caller did not record a description."
                : "Caller's description: " + settings.recordingLink(dispute.recordingId());
        String body = String.join("\n",
                "A dispute raised by phone needs the credit manager.",
                "",
                "Dispute reference: " + dispute.referenceNumber(),
                "Status: " + dispute.status(),
                "Reason: " + dispute.reasonDescription() + " (" + dispute.reasonCode() + ")",
                "Escalated because: " + dispute.escalationReason(),
                "Opened: " + dispute.createdAt(),
                "",
                "Invoice number: " + dispute.invoiceNumber(),
                "Invoice amount: " + money(dispute.invoiceAmount(), dispute.currency()),
                "Disputed amount: " + money(dispute.disputedAmount(), dispute.currency()),
                "Open balance now: " + money(dispute.openBalance(), dispute.currency()),
                "",
                "Customer: " + dispute.customerName(),
                "Account number: " + dispute.accountNumber(),
                "Call id: " + dispute.callId(),
                recording,
                "");
        return new EscalationEmail(subject, body);
    }

    private static String money(java.math.BigDecimal amount, String currency) {
        return amount.toPlainString() + " " + currency;
    }
}
