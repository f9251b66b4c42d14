package org.ledgerline.storage.dispute;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.ledgerline.storage.jdbc.Jdbc;

/** The read side of disputes: the view's joins, its row mapper and the search filters. */
final class DisputeSql {
    /* disputed_amount is null only for disputes opened before V2; the current balance stands in. */
    static final String SELECT_VIEW = """
            select d.id, d.reference_number, d.status, d.reason_code, r.description as reason_description,
                   d.invoice_id, i.invoice_number, i.amount as invoice_amount,
                   coalesce(d.disputed_amount, i.open_balance) as disputed_amount, i.open_balance, i.currency,
                   c.id as customer_id, c.name as customer_name, d.account_id, a.account_number, d.call_id,
                   d.description, d.description_recording_id, rec.file_path as recording_path,
                   d.escalation_reason, d.resolution_note, d.created_at, d.updated_at, d.escalated_at, d.resolved_at
              from disputes d
              join dispute_reasons r on r.code = d.reason_code
              join invoices i on i.id = d.invoice_id
              join accounts a on a.id = d.account_id
              join customers c on c.id = a.customer_id
              left join recordings rec on rec.id = d.description_recording_id
            """;

    static final String COUNT = """
            select count(*)
              from disputes d
              join accounts a on a.id = d.account_id
            """;

    static final String REPORT_BY_REASON = """
            select d.reason_code, r.description as reason_description, i.currency, count(*) as disputes,
                   sum(coalesce(d.disputed_amount, i.open_balance)) as disputed_amount,
                   sum(i.open_balance) as open_balance
              from disputes d
              join dispute_reasons r on r.code = d.reason_code
              join invoices i on i.id = d.invoice_id
             where d.created_at >= ? and d.created_at < ?
             group by d.reason_code, r.description, r.sort_order, i.currency
             order by r.sort_order, d.reason_code, i.currency
            """;

    private DisputeSql() {}

    /** The WHERE clause (possibly empty) for a query's filters, and its bind values in order. */
    static Filter filter(DisputeQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (query.reasonCode() != null) {
            conditions.add("d.reason_code = ?");
            values.add(query.reasonCode());
        }
        if (query.status() != null) {
            conditions.add("d.status = ?");
            values.add(query.status().name());
        }
        if (query.customerId() != null) {
            conditions.add("a.customer_id = ?");
            values.add(query.customerId());
        }
        if (query.createdFrom() != null) {
            conditions.add("d.created_at >= ?");
            values.add(query.createdFrom());
        }
        if (query.createdTo() != null) {
            conditions.add("d.created_at < ?");
            values.add(query.createdTo());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return new Filter(where, values);
    }

    static DisputeView view(ResultSet row) throws SQLException {
        return new DisputeView(
                row.getLong("id"),
                row.getString("reference_number"),
                DisputeStatus.valueOf(row.getString("status")),
                row.getString("reason_code"),
                row.getString("reason_description"),
                row.getLong("invoice_id"),
                row.getString("invoice_number"),
                Jdbc.money(row, "invoice_amount"),
                Jdbc.money(row, "disputed_amount"),
                Jdbc.money(row, "open_balance"),
                row.getString("currency"),
                row.getLong("customer_id"),
                row.getString("customer_name"),
                row.getLong("account_id"),
                row.getString("account_number"),
                row.getString("call_id"),
                row.getString("description"),
                Jdbc.nullableLong(row, "description_recording_id"),
                row.getString("recording_path"),
                row.getString("escalation_reason"),
                row.getString("resolution_note"),
                Jdbc.requiredInstant(row, "created_at"),
                Jdbc.requiredInstant(row, "updated_at"),
                Jdbc.instant(row, "escalated_at"),
                Jdbc.instant(row, "resolved_at"));
    }

    static ReasonTotals totals(ResultSet row) throws SQLException {
        return new ReasonTotals(
                row.getString("reason_code"),
                row.getString("reason_description"),
                row.getString("currency"),
                row.getLong("disputes"),
                Jdbc.money(row, "disputed_amount"),
                Jdbc.money(row, "open_balance"));
    }

    static DisputeReason reason(ResultSet row) throws SQLException {
        return new DisputeReason(row.getString("code"), row.getString("description"), row.getInt("sort_order"));
    }

    /** A WHERE clause and the values for its placeholders. */
    record Filter(String where, List<Object> values) {
        Object[] valuesThen(Object... more) {
            List<Object> all = new ArrayList<>(values);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }
}
