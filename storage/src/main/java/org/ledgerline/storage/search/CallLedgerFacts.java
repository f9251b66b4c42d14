package org.ledgerline.storage.search;

import java.util.List;
import org.ledgerline.storage.jdbc.Jdbc;

/**
 * What the ledger holds for one call: its promises, payments and disputes. A self-serve call's rows
 * name it by {@code call_id}. A collector call's rows name its generic {@code calls} row when one was
 * written; a promise keyed on the collector's keypad names none, so rows on the call's account
 * created while the call lasted (up to ten minutes after it ended, for a note typed just after)
 * count as the call's too.
 */
final class CallLedgerFacts {
    /** Which rows belong to the call: parameters are the self-serve call id, then the collector call id twice. */
    private static final String OF_CALL = """
            (x.call_id = ?
             or exists (select 1 from collector_calls cc
                         where cc.id = ? and (x.call_id = cc.call_id
                            or (x.account_id = cc.account_id and x.created_at >= cc.started_at
                                and x.created_at <= coalesce(cc.ended_at, cc.started_at + interval '4 hours')
                                                     + interval '10 minutes'))))
            """;

    private final Jdbc jdbc;

    CallLedgerFacts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    List<TranscriptDetail.LedgerPromise> promises(CallFacts call) {
        return jdbc.query("read a call's promises", """
                select x.id, x.reference_number, x.amount, x.currency, x.promised_for, x.status, x.created_at
                  from promises_to_pay x where
                """ + OF_CALL + " order by x.created_at, x.id",
                row -> new TranscriptDetail.LedgerPromise(row.getLong("id"), row.getString("reference_number"),
                        row.getBigDecimal("amount"), row.getString("currency"),
                        Jdbc.requiredLocalDate(row, "promised_for"), row.getString("status"),
                        Jdbc.requiredInstant(row, "created_at")),
                call.selfServeCallId(), call.collectorCallId());
    }

    List<TranscriptDetail.LedgerPayment> payments(CallFacts call) {
        return jdbc.query("read a call's payments", """
                select x.id, x.amount, x.currency, x.status, x.confirmation_number, x.created_at
                  from payments x where
                """ + OF_CALL + " order by x.created_at, x.id",
                row -> new TranscriptDetail.LedgerPayment(row.getLong("id"), row.getBigDecimal("amount"),
                        row.getString("currency"), row.getString("status"), row.getString("confirmation_number"),
                        Jdbc.requiredInstant(row, "created_at")),
                call.selfServeCallId(), call.collectorCallId());
    }

    List<TranscriptDetail.LedgerDispute> disputes(CallFacts call) {
        return jdbc.query("read a call's disputes", """
                select x.id, x.reference_number, x.reason_code, x.status, x.created_at
                  from disputes x where
                """ + OF_CALL + " order by x.created_at, x.id",
                row -> new TranscriptDetail.LedgerDispute(row.getLong("id"), row.getString("reference_number"),
                        row.getString("reason_code"), row.getString("status"),
                        Jdbc.requiredInstant(row, "created_at")),
                call.selfServeCallId(), call.collectorCallId());
    }
}
