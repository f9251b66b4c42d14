package org.ledgerline.ivr.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.reconciliation.ReconciledCall;

/**
 * Writes every read of customers' data through the back office to the audit log: one line per
 * customer whose data was shown, under subject {@code customer/<id>}, with who read it, what (which
 * disputes, through which request) and when. "Who looked at this customer?" is then one query.
 * Blocking (ledger): call it from the worker that did the read.
 */
public final class CustomerDataReads {
    /** The audit action of a read. */
    public static final String ACTION = "CUSTOMER_DATA_READ";
    /** The audit subject type: the subject id is the customer's id. */
    public static final String SUBJECT = "customer";

    private final AuditLog audit;

    public CustomerDataReads(AuditLog audit) {
        this.audit = audit;
    }

    /** Records that {@code actor} was shown {@code disputes} in answer to {@code request} (method and path). */
    public void disputesShown(String actor, List<DisputeView> disputes, String request) {
        Map<Long, List<Long>> byCustomer = disputes.stream().collect(Collectors.groupingBy(
                DisputeView::customerId, LinkedHashMap::new, Collectors.mapping(DisputeView::id, Collectors.toList())));
        byCustomer.forEach((customer, ids) -> audit.append(actor, ACTION, SUBJECT, Long.toString(customer), null,
                "disputes " + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " via " + request));
    }

    /**
     * Records that {@code actor} was shown the spoken and logged promises of {@code calls} in the
     * reconciliation report; calls whose customer is not known are written under customer {@code unidentified}.
     */
    public void reconciliationShown(String actor, List<ReconciledCall> calls, String request) {
        Map<String, List<String>> byCustomer = calls.stream().collect(Collectors.groupingBy(
                call -> call.customerId() == null ? "unidentified" : Long.toString(call.customerId()),
                LinkedHashMap::new, Collectors.mapping(ReconciledCall::callId, Collectors.toList())));
        byCustomer.forEach((customer, ids) -> audit.append(actor, ACTION, SUBJECT, customer, null,
                "spoken and logged promises of calls " + String.join(", ", ids) + " via " + request));
    }
}
