package org.ledgerline.ivr.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.dispute.DisputePage;
import org.ledgerline.storage.dispute.DisputeReason;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.dispute.ReasonTotals;

/**
 * The JSON the dispute routes answer with. Money is {@code {"amount": "120.00", "currency": "USD"}}
 * (the amount a decimal string, so no client turns it into a binary float); instants are ISO-8601
 * in UTC; absent values are JSON null rather than missing keys.
 */
final class DisputeJson {
    private DisputeJson() {}

    static JsonObject page(DisputePage page) {
        JsonArray items = new JsonArray();
        page.items().forEach(view -> items.add(dispute(view)));
        return new JsonObject()
                .put("items", items)
                .put("total", page.total())
                .put("limit", page.limit())
                .put("offset", page.offset());
    }

    static JsonObject dispute(DisputeView view) {
        return new JsonObject()
                .put("id", view.id())
                .put("referenceNumber", view.referenceNumber())
                .put("status", view.status().name())
                .put("reasonCode", view.reasonCode())
                .put("reasonDescription", view.reasonDescription())
                .put("invoice", new JsonObject()
                        .put("id", view.invoiceId())
                        .put("number", view.invoiceNumber())
                        .put("amount", money(view.invoiceAmount(), view.currency()))
                        .put("openBalance", money(view.openBalance(), view.currency())))
                .put("disputedAmount", money(view.disputedAmount(), view.currency()))
                .put("customer", new JsonObject().put("id", view.customerId()).put("name", view.customerName()))
                .put("account", new JsonObject().put("id", view.accountId()).put("number", view.accountNumber()))
                .put("callId", view.callId())
                .put("description", view.description())
                .put("recording", view.recordingId() == null
                        ? null
                        : new JsonObject().put("id", view.recordingId()).put("path", view.recordingPath()))
                .put("escalationReason", view.escalationReason())
                .put("resolutionNote", view.resolutionNote())
                .put("createdAt", instant(view.createdAt()))
                .put("updatedAt", instant(view.updatedAt()))
                .put("escalatedAt", instant(view.escalatedAt()))
                .put("resolvedAt", instant(view.resolvedAt()));
    }

    static JsonObject report(ReportPeriod period, List<ReasonTotals> totals) {
        JsonArray rows = new JsonArray();
        for (ReasonTotals row : totals) {
            rows.add(new JsonObject()
                    .put("reasonCode", row.reasonCode())
                    .put("reasonDescription", row.reasonDescription())
                    .put("currency", row.currency())
                    .put("count", row.count())
                    .put("disputedAmount", money(row.disputedAmount(), row.currency()))
                    .put("openBalance", money(row.openBalance(), row.currency())));
        }
        return new JsonObject()
                .put("from", period.from().toString())
                .put("to", period.to().toString())
                .put("timeZone", period.zone().getId())
                .put("reasons", rows);
    }

    static JsonObject reasons(List<DisputeReason> reasons) {
        JsonArray items = new JsonArray();
        reasons.forEach(reason -> items.add(new JsonObject()
                .put("code", reason.code())
                .put("description", reason.description())
                .put("sortOrder", reason.sortOrder())));
        return new JsonObject().put("items", items);
    }

    private static @Nullable JsonObject money(@Nullable BigDecimal amount, String currency) {
        return amount == null ? null : new JsonObject().put("amount", amount.toPlainString()).put("currency", currency);
    }

    private static @Nullable String instant(@Nullable Instant at) {
        return at == null ? null : at.toString();
    }
}
