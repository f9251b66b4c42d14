package org.ledgerline.ivr.search.view;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.reconciliation.LedgerPaymentLine;
import org.ledgerline.storage.reconciliation.LedgerPromiseLine;
import org.ledgerline.storage.reconciliation.ReconciledCall;
import org.ledgerline.storage.reconciliation.ReconciledCall.Finding;
import org.ledgerline.storage.reconciliation.ReconciliationReport;
import org.ledgerline.storage.reconciliation.SpokenPromiseLine;

/**
 * The spoken-versus-ledger report as its page shows it: one group per finding worth an auditor's eye
 * (in {@link #SHOWN} order), each call with what was said (linked to the transcript at that
 * sentence) beside what was logged, the matched count and the chart of the counts.
 */
public record ReconciliationView(List<Group> groups, int matched, boolean truncated, String chart) {
    /** The findings the page lists, in this order; matched calls are only counted. */
    public static final List<Finding> SHOWN = List.of(Finding.SPOKEN_NOT_LOGGED, Finding.LOGGED_NOT_SPOKEN,
            Finding.MISMATCH, Finding.PENDING_TRANSCRIPT);

    public ReconciliationView {
        groups = List.copyOf(groups);
    }

    /** The calls of one finding. */
    public record Group(String finding, String title, String explanation, List<Call> calls) {
        public Group {
            calls = List.copyOf(calls);
        }
    }

    /**
     * One call. {@code link} opens its transcript (at the first spoken promise when there is one),
     * null while it is not transcribed.
     */
    public record Call(String callId, String when, String collector, String customer, @Nullable String link,
            List<Said> said, List<String> logged) {
        public Call {
            said = List.copyOf(said);
            logged = List.copyOf(logged);
        }
    }

    /** A spoken promise: who, where in the recording, the words, what it names, and the link to it. */
    public record Said(String speaker, String offset, String text, String names, String link) {}

    public static ReconciliationView of(ReconciliationReport report, ZoneId zone) {
        List<Group> groups = SHOWN.stream().map(finding -> new Group(finding.name(), title(finding),
                explanation(finding), report.with(finding).stream().map(call -> call(call, zone)).toList())).toList();
        return new ReconciliationView(groups, report.matched(), report.truncated(),
                FindingsChart.svg(groups.stream().map(g -> new FindingsChart.Bar(g.finding(), g.title(),
                        g.calls().size())).toList(), report.matched()));
    }

    static Call call(ReconciledCall call, ZoneId zone) {
        List<Said> said = call.spoken().stream().map(line -> said(call.callId(), line)).toList();
        String link = call.finding() == Finding.PENDING_TRANSCRIPT
                ? null
                : TranscriptLinks.ofCall(call.callId(), call.spoken().isEmpty()
                        ? 0
                        : call.spoken().getFirst()
                                .segmentId());
        return new Call(call.callId(), SearchResults.when(call.startedAt(), zone),
                call.collector() == null ? "self-serve" : call.collector(),
                customer(call), link, said,
                Stream.concat(call.logged().stream().map(ReconciliationView::logged),
                        call.paid().stream().map(ReconciliationView::paid)).toList());
    }

    /** Who the call was with, as the desks name them: "Jane Doe, account 100039". */
    static String customer(ReconciledCall call) {
        if (call.customerId() == null) {
            return "unidentified caller";
        }
        String who = call.customerName() == null ? "customer " + call.customerId() : call.customerName();
        return call.accountNumber() == null ? who : who + ", account " + call.accountNumber();
    }

    private static Said said(String callId, SpokenPromiseLine line) {
        return new Said(line.speaker(), Offsets.clock(line.startMs()), line.text(),
                TranscriptView.names(line.amount(), line.date()),
                TranscriptLinks.ofCall(callId, line.segmentId()));
    }

    private static String paid(LedgerPaymentLine line) {
        return "paid on the call: " + line.currency() + " " + line.amount().toPlainString() + " on " + line.paidOn()
                + " (" + line.status() + (line.confirmationNumber() == null ? "" : ", " + line.confirmationNumber())
                + ")";
    }

    private static String logged(LedgerPromiseLine line) {
        return line.referenceNumber() + ": " + line.currency() + " " + line.amount().toPlainString() + " for "
                + line.promisedFor() + " (" + line.status() + ")";
    }

    static String title(Finding finding) {
        return switch (finding) {
            case SPOKEN_NOT_LOGGED -> "Said, not logged";
            case LOGGED_NOT_SPOKEN -> "Logged, not said";
            case MISMATCH -> "Said and logged differently";
            case PENDING_TRANSCRIPT -> "Logged, not transcribed yet";
            case MATCHED -> "Matched";
        };
    }

    private static String explanation(Finding finding) {
        return switch (finding) {
            case SPOKEN_NOT_LOGGED -> "The customer stated a promise to pay; the ledger has no promise and no payment"
                    + " for the call.";
            case LOGGED_NOT_SPOKEN -> "The ledger has a promise for the call; nobody stated one in the transcript.";
            case MISMATCH -> "Both exist, but no spoken amount or date agrees with a logged promise or a payment"
                    + " taken on the call.";
            case PENDING_TRANSCRIPT -> "A promise was logged on a call whose recording is not transcribed yet.";
            case MATCHED -> "What was said agrees with what was logged.";
        };
    }
}
