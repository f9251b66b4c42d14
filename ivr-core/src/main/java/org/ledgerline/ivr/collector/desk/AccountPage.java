package org.ledgerline.ivr.collector.desk;

import java.util.List;

/**
 * Everything the desk's account view shows, formatted for people. The lists are newest first
 * (invoices: oldest due first, the order a promise covers them in).
 *
 * @param zone the customer's time zone, and {@code localTime} their clock now
 * @param canAct whether the viewer works this account as a collector: only then the page has the
 *     Call button and the forms (credit managers and auditors read it without them)
 * @param linkableCalls the calls a promise or dispute logged now may be linked to, newest first
 * @param formKey a fresh idempotency key for the page's forms, so a double submit lands once
 * @param promiseWindow the dates a promise may name, in words
 */
public record AccountPage(
        long accountId,
        String accountNumber,
        long customerId,
        String customerName,
        String billingAddress,
        String zone,
        String localTime,
        String openBalance,
        CallableNow callable,
        List<InvoiceLine> invoices,
        List<PromiseLine> promises,
        List<DisputeLine> disputes,
        List<FlagLine> flags,
        List<CallLine> calls,
        boolean canAct,
        List<LinkableCall> linkableCalls,
        List<Choice> disputableInvoices,
        List<Choice> reasons,
        List<Choice> flagTypes,
        List<Choice> phoneNumbers,
        String formKey,
        String earliestPromiseDate,
        String latestPromiseDate,
        String promiseWindow) {
    public AccountPage {
        invoices = List.copyOf(invoices);
        promises = List.copyOf(promises);
        disputes = List.copyOf(disputes);
        flags = List.copyOf(flags);
        calls = List.copyOf(calls);
        linkableCalls = List.copyOf(linkableCalls);
        disputableInvoices = List.copyOf(disputableInvoices);
        reasons = List.copyOf(reasons);
        flagTypes = List.copyOf(flagTypes);
        phoneNumbers = List.copyOf(phoneNumbers);
    }

    /** An option of a form's select: the value sent and the words shown. */
    public record Choice(String value, String label) {}

    /** An open invoice. {@code daysPastDue} is 0 when not yet due. */
    public record InvoiceLine(long id, String invoiceNumber, String dueOn, long daysPastDue, String amount,
            String openBalance, String status) {}

    /** A promise to pay and where it stands (PENDING, KEPT, BROKEN, CANCELLED). */
    public record PromiseLine(long id, String referenceNumber, String amount, String promisedFor, String status,
            String madeAt, String callId) {}

    /** A dispute on one of the account's invoices. */
    public record DisputeLine(long id, String referenceNumber, String invoiceNumber, String reason, String status,
            String openedAt, String callId) {}

    /**
     * A call-stopping flag, active or cleared.
     *
     * @param scope "customer" or "number 2125550141"
     * @param addedBy who set it (named so templates do not take {@code setBy} for a setter)
     * @param addedAt when it was set
     * @param cleared who cleared it and when, or empty while active
     */
    public record FlagLine(long id, String type, String scope, boolean active, String addedBy, String addedAt,
            String note, String cleared) {}

    /**
     * A past collector call about the account.
     *
     * @param recordings one per registered leg, mix first
     */
    public record CallLine(long id, String startedAt, String collector, String number, String outcome,
            String duration, List<RecordingLink> recordings) {
        public CallLine {
            recordings = List.copyOf(recordings);
        }
    }

    /**
     * One leg's recording, played from {@code src} ({@code /recordings/collector-calls/{id}/{leg}}).
     *
     * @param leg {@code mix}, {@code collector} or {@code customer}
     */
    public record RecordingLink(String leg, String label, String src) {}

    /**
     * A call a form may be linked to.
     *
     * @param id what the form sends: the collector call's id as the switch knows it (the click-to-dial
     *     {@code callId}, or the collector channel's uniqueid)
     */
    public record LinkableCall(String id, String label) {}
}
