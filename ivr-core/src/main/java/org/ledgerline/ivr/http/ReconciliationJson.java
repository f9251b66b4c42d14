package org.ledgerline.ivr.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.reconciliation.LedgerPaymentLine;
import org.ledgerline.storage.reconciliation.LedgerPromiseLine;
import org.ledgerline.storage.reconciliation.ReconciledCall;
import org.ledgerline.storage.reconciliation.ReconciledCall.Finding;
import org.ledgerline.storage.reconciliation.ReconciliationReport;
import org.ledgerline.storage.reconciliation.SpokenPromiseLine;

/**
 * The JSON of the spoken-vs-ledger report: counts per finding, then the calls, each with what was
 * said (speaker, offset in ms, the words, amount and date) beside what was logged. Amounts are decimal
 * strings, dates ISO, instants ISO-8601 UTC, absent values null.
 */
final class ReconciliationJson {
    private ReconciliationJson() {}

    static JsonObject report(ReconciliationRequest request, ReconciliationReport report) {
        JsonObject counts = new JsonObject();
        for (Finding finding : Finding.values()) {
            counts.put(key(finding), finding == Finding.MATCHED ? report.matched() : report.with(finding).size());
        }
        JsonArray calls = new JsonArray();
        report.calls().forEach(call -> calls.add(call(call)));
        return new JsonObject()
                .put("from", request.period().from().toString())
                .put("to", request.period().to().toString())
                .put("collector", request.collector())
                .put("counts", counts)
                .put("truncated", report.truncated())
                .put("calls", calls);
    }

    private static JsonObject call(ReconciledCall call) {
        JsonArray spoken = new JsonArray();
        call.spoken().forEach(line -> spoken.add(spoken(line)));
        JsonArray logged = new JsonArray();
        call.logged().forEach(line -> logged.add(logged(line)));
        JsonArray paid = new JsonArray();
        call.paid().forEach(line -> paid.add(paid(line)));
        return new JsonObject()
                .put("callId", call.callId())
                .put("collectorCallId", call.collectorCallId())
                .put("collector", call.collector())
                .put("customerId", call.customerId())
                .put("customerName", call.customerName())
                .put("accountId", call.accountId())
                .put("accountNumber", call.accountNumber())
                .put("startedAt", call.startedAt().toString())
                .put("finding", call.finding().name())
                .put("spoken", spoken)
                .put("logged", logged)
                .put("paid", paid);
    }

    private static JsonObject spoken(SpokenPromiseLine line) {
        return new JsonObject()
                .put("segmentId", line.segmentId())
                .put("speaker", line.speaker())
                .put("startMs", line.startMs())
                .put("text", line.text())
                .put("amount", amount(line.amount()))
                .put("date", line.date() == null ? null : line.date().toString());
    }

    private static JsonObject logged(LedgerPromiseLine line) {
        return new JsonObject()
                .put("id", line.id())
                .put("referenceNumber", line.referenceNumber())
                .put("amount", amount(line.amount()))
                .put("currency", line.currency())
                .put("promisedFor", line.promisedFor().toString())
                .put("status", line.status());
    }

    private static JsonObject paid(LedgerPaymentLine line) {
        return new JsonObject()
                .put("id", line.id())
                .put("confirmationNumber", line.confirmationNumber())
                .put("amount", amount(line.amount()))
                .put("currency", line.currency())
                .put("paidOn", line.paidOn().toString())
                .put("status", line.status());
    }

    private static @Nullable String amount(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString();
    }

    /** SPOKEN_NOT_LOGGED becomes spokenNotLogged. */
    private static String key(Finding finding) {
        StringBuilder key = new StringBuilder();
        for (String part : finding.name().toLowerCase(Locale.ROOT).split("_", -1)) {
            key.append(key.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return key.toString();
    }
}
