package org.ledgerline.storage.reconciliation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.jdbc.Jdbc;
import org.ledgerline.storage.reconciliation.ReconciledCall.Finding;

/**
 * {@link PromiseReconciliation} over the ledger's tables: {@code calls}, {@code collector_calls} (a
 * collector call's {@code calls} row, collector, customer, account), {@code recordings} (self-serve),
 * {@code transcripts} and {@code transcript_segments} (V8's spoken-promise columns) and
 * {@code promises_to_pay} and {@code payments}. The first read finds the calls (those of the period
 * that have a transcript or a ledger promise, at most {@link #MAX_CALLS} + 1); three more read, by
 * those calls' ids, their spoken promises, their ledger promises and the payments taken on them. The
 * comparison is in Java.
 */
public final class JdbcPromiseReconciliation implements PromiseReconciliation {
    /** Parameters: from, to, collector, collector. */
    private static final String CALLS = """
            with scope as (
                select c.call_id, cc.id as collector_call_id, u.username as collector,
                       coalesce(cc.customer_id, a.customer_id) as customer_id,
                       cu.name as customer_name,
                       coalesce(cc.account_id, c.account_id) as account_id,
                       a.account_number,
                       coalesce(cc.started_at, c.started_at) as started_at
                  from calls c
                  left join collector_calls cc on cc.call_id = c.call_id
                  left join users u on u.id = cc.collector_user_id
                  left join accounts a on a.id = coalesce(cc.account_id, c.account_id)
                  left join customers cu on cu.id = coalesce(cc.customer_id, a.customer_id)
                 where c.started_at >= ? and c.started_at < ?
                   and (cast(? as text) is null or u.username = ?)
            ),
            sources as (
                select s.call_id, t.id as transcript_id
                  from scope s join transcripts t on t.collector_call_id = s.collector_call_id
                union
                select s.call_id, t.id
                  from scope s
                  join recordings r on r.call_id = s.call_id
                  join transcripts t on t.recording_id = r.id
            ),
            listed as (
                select s.*, exists (select 1 from sources x where x.call_id = s.call_id) as transcribed
                  from scope s
                 where exists (select 1 from sources x where x.call_id = s.call_id)
                    or exists (select 1 from promises_to_pay p where p.call_id = s.call_id)
                 order by s.started_at, s.call_id
                 limit %d
            )
            select call_id, collector_call_id, collector, customer_id, customer_name, account_id, account_number,
                   started_at, transcribed
              from listed
             order by started_at, call_id
            """.formatted(MAX_CALLS + 1);

    /** Parameters: the call ids, twice (a collector call's transcript, or a self-serve recording's). */
    private static final String SPOKEN = """
            select x.call_id, seg.id, seg.speaker, seg.start_ms, seg.text, seg.promise_amount, seg.promise_date
              from (select cc.call_id, t.id as transcript_id
                      from collector_calls cc join transcripts t on t.collector_call_id = cc.id
                     where cc.call_id = any(?)
                    union
                    select r.call_id, t.id
                      from recordings r join transcripts t on t.recording_id = r.id
                     where r.call_id = any(?)) x
              join transcript_segments seg on seg.transcript_id = x.transcript_id
             where seg.spoken_promise and seg.speaker in ('CUSTOMER', 'CALLER')
             order by x.call_id, x.transcript_id, seg.start_ms, seg.seq
            """;

    /** Parameter: the call ids. */
    private static final String LOGGED = """
            select p.call_id, p.id, p.reference_number, p.amount, p.currency, p.promised_for, p.status
              from promises_to_pay p
             where p.call_id = any(?)
             order by p.call_id, p.created_at, p.id
            """;

    /**
     * Parameter: the call ids. Only money the gateway took or holds keeps a promise; a declined or
     * refunded attempt does not.
     */
    private static final String PAID = """
            select p.call_id, p.id, p.confirmation_number, p.amount, p.currency, p.status,
                   (coalesce(p.paid_at, p.created_at) at time zone coalesce(cu.time_zone, 'UTC'))::date as paid_on
              from payments p
              join accounts pa on pa.id = p.account_id
              left join customers cu on cu.id = pa.customer_id
             where p.call_id = any(?) and p.status in ('AUTHORIZED', 'CAPTURED')
             order by p.call_id, p.created_at, p.id
            """;

    private final Jdbc jdbc;

    public JdbcPromiseReconciliation(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReconciliationReport reconcile(ReconciliationQuery query) {
        List<CallRow> calls = jdbc.query("read the calls to reconcile", CALLS, row -> new CallRow(
                row.getString("call_id"), row.getObject("collector_call_id", Long.class),
                row.getString("collector"), row.getObject("customer_id", Long.class), row.getString("customer_name"),
                row.getObject("account_id", Long.class), row.getString("account_number"),
                Jdbc.requiredInstant(row, "started_at"),
                row.getBoolean("transcribed")), query.from(), query.to(), query.collector(), query.collector());
        boolean truncated = calls.size() > MAX_CALLS;
        List<CallRow> reconciled = truncated ? calls.subList(0, MAX_CALLS) : calls;
        String[] callIds = reconciled.stream().map(CallRow::callId).toArray(String[]::new);
        Map<String, List<SpokenPromiseLine>> spoken = new LinkedHashMap<>();
        jdbc.query("read the spoken promises to reconcile", SPOKEN, row -> {
            spoken.computeIfAbsent(row.getString("call_id"), id -> new ArrayList<>()).add(new SpokenPromiseLine(
                    row.getLong("id"), row.getString("speaker"), row.getInt("start_ms"), row.getString("text"),
                    row.getBigDecimal("promise_amount"), Jdbc.localDate(row, "promise_date")));
            return Boolean.TRUE;
        }, (Object) callIds, (Object) callIds);
        Map<String, List<LedgerPromiseLine>> logged = new LinkedHashMap<>();
        jdbc.query("read the ledger promises to reconcile", LOGGED, row -> {
            logged.computeIfAbsent(row.getString("call_id"), id -> new ArrayList<>()).add(new LedgerPromiseLine(
                    row.getLong("id"), row.getString("reference_number"), row.getBigDecimal("amount"),
                    row.getString("currency"),
                    Objects.requireNonNull(Jdbc.localDate(row, "promised_for"), "promised_for"),
                    row.getString("status")));
            return Boolean.TRUE;
        }, (Object) callIds);

        Map<String, List<LedgerPaymentLine>> paid = new LinkedHashMap<>();
        jdbc.query("read the payments taken on the calls to reconcile", PAID, row -> {
            paid.computeIfAbsent(row.getString("call_id"), id -> new ArrayList<>()).add(new LedgerPaymentLine(
                    row.getLong("id"), row.getString("confirmation_number"), row.getBigDecimal("amount"),
                    row.getString("currency"), Objects.requireNonNull(Jdbc.localDate(row, "paid_on"), "paid_on"),
                    row.getString("status")));
            return Boolean.TRUE;
        }, (Object) callIds);

        List<ReconciledCall> findings = new ArrayList<>();
        int matched = 0;
        for (CallRow call : reconciled) {
            List<SpokenPromiseLine> said = spoken.getOrDefault(call.callId, List.of());
            List<LedgerPromiseLine> inLedger = logged.getOrDefault(call.callId, List.of());
            List<LedgerPaymentLine> paidOnCall = paid.getOrDefault(call.callId, List.of());
            Finding finding = finding(call.transcribed, said, inLedger, paidOnCall);
            if (finding == null) {
                continue;
            }
            if (finding == Finding.MATCHED) {
                matched++;
                continue;
            }
            findings.add(new ReconciledCall(call.callId, call.collectorCallId, call.collector, call.customerId,
                    call.customerName, call.accountId, call.accountNumber, call.startedAt, finding, said, inLedger,
                    paidOnCall));
        }
        return new ReconciliationReport(findings, matched, truncated);
    }

    /**
     * What a call's promises make it; null for a transcribed call with neither (nothing to report). A
     * payment taken on the call counts only for what was said: it can keep a spoken promise, but a call
     * with a payment and nothing promised is not a finding, and one not transcribed yet is pending only
     * for its logged promises.
     */
    static @Nullable Finding finding(boolean transcribed, List<SpokenPromiseLine> said,
            List<LedgerPromiseLine> inLedger, List<LedgerPaymentLine> paidOnCall) {
        if (!transcribed) {
            return inLedger.isEmpty() ? null : Finding.PENDING_TRANSCRIPT;
        }
        if (said.isEmpty()) {
            return inLedger.isEmpty() ? null : Finding.LOGGED_NOT_SPOKEN;
        }
        if (inLedger.isEmpty() && paidOnCall.isEmpty()) {
            return Finding.SPOKEN_NOT_LOGGED;
        }
        boolean agree = said.stream().anyMatch(s -> inLedger.stream().anyMatch(l -> l.agreesWith(s))
                || paidOnCall.stream().anyMatch(p -> p.keeps(s)));
        return agree ? Finding.MATCHED : Finding.MISMATCH;
    }

    private record CallRow(String callId, @Nullable Long collectorCallId,
            @Nullable String collector, @Nullable Long customerId, @Nullable String customerName,
            @Nullable Long accountId, @Nullable String accountNumber, Instant startedAt, boolean transcribed) {}
}
