package org.ledgerline.ivr.testing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.customer.Customer;
import org.ledgerline.storage.dispute.DisputePage;
import org.ledgerline.storage.dispute.DisputeQuery;
import org.ledgerline.storage.dispute.DisputeReason;
import org.ledgerline.storage.dispute.DisputeRefusedException;
import org.ledgerline.storage.dispute.DisputeRepository;
import org.ledgerline.storage.dispute.DisputeStatus;
import org.ledgerline.storage.dispute.DisputeTransitionException;
import org.ledgerline.storage.dispute.DisputeView;
import org.ledgerline.storage.dispute.NewDispute;
import org.ledgerline.storage.dispute.NoSuchDisputeException;
import org.ledgerline.storage.dispute.ReasonTotals;
import org.ledgerline.storage.invoice.Invoice;
import org.ledgerline.storage.invoice.InvoiceStatus;
import org.ledgerline.storage.jdbc.IdempotencyConflictException;
import org.ledgerline.storage.jdbc.LedgerUnavailableException;

/**
 * Disputes in memory with the JDBC repository's rules: once per idempotency key, the invoice
 * flagged {@code DISPUTED}, the six default reason codes, escalation and closing transitions.
 * Closing a dispute puts the invoice back to {@code OPEN} (the in-memory ledger keeps no payments).
 */
public final class InMemoryDisputeRepository implements DisputeRepository {
    private final InMemoryLedger ledger;
    private final Clock clock;
    private final Map<String, DisputeView> byKey = new LinkedHashMap<>();
    private final List<DisputeReason> reasons = new ArrayList<>(List.of(
            new DisputeReason("PRICING_ERROR", "Pricing error", 1),
            new DisputeReason("GOODS_DAMAGED", "Goods damaged", 2),
            new DisputeReason("NOT_RECEIVED", "Not received", 3),
            new DisputeReason("DUPLICATE_BILLING", "Duplicate billing", 4),
            new DisputeReason("QUANTITY_MISMATCH", "Quantity mismatch", 5),
            new DisputeReason("OTHER", "Other", 6)));
    private final AtomicInteger failingWrites = new AtomicInteger();

    InMemoryDisputeRepository(InMemoryLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The next {@code count} calls to {@link #open} fail with {@link LedgerUnavailableException}, writing nothing. */
    public void failNextWrites(int count) {
        failingWrites.set(count);
    }

    /** Replaces the active reason codes (e.g. to add one that has no prompt). */
    public synchronized void useReasons(List<DisputeReason> active) {
        reasons.clear();
        reasons.addAll(active);
    }

    @Override
    public synchronized DisputeView open(NewDispute d) {
        ledger.requireUp();
        if (failingWrites.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new LedgerUnavailableException("connection lost while opening a dispute (test)", null);
        }
        DisputeView original = byKey.get(d.idempotencyKey());
        if (original != null) {
            if (original.invoiceId() != d.invoiceId() || !original.reasonCode().equals(d.reasonCode())) {
                throw new IdempotencyConflictException("dispute");
            }
            return original;
        }
        DisputeReason reason = reasons.stream().filter(r -> r.code().equals(d.reasonCode())).findFirst()
                .orElseThrow(() -> new DisputeRefusedException(DisputeRefusedException.Reason.UNKNOWN_REASON_CODE));
        Invoice invoice = ledger.invoices.get(d.invoiceId());
        if (invoice == null) {
            throw new DisputeRefusedException(DisputeRefusedException.Reason.UNKNOWN_INVOICE);
        }
        Account account = ledger.accounts.get(invoice.accountId());
        Customer customer = ledger.customers.get(account.customerId());
        long id = ledger.nextId();
        Instant now = clock.instant();
        DisputeView view = new DisputeView(id, String.format("%08d", id), DisputeStatus.OPEN, reason.code(),
                reason.description(), invoice.id(), invoice.invoiceNumber(), invoice.amount(), invoice.openBalance(),
                invoice.openBalance(), invoice.currency(), customer.id(), customer.name(), account.id(),
                account.accountNumber(), d.callId(), d.description(), d.descriptionRecordingId(),
                d.descriptionRecordingId() == null ? null : "recording-" + d.descriptionRecordingId(),
                null, null, now, now, null, null);
        byKey.put(d.idempotencyKey(), view);
        flag(invoice, InvoiceStatus.DISPUTED);
        return view;
    }

    @Override
    public synchronized DisputeView escalate(long disputeId, String reason) {
        ledger.requireUp();
        DisputeView d = require(disputeId);
        if (d.status() == DisputeStatus.ESCALATED) {
            return d;
        }
        if (d.status() != DisputeStatus.OPEN) {
            throw new DisputeTransitionException(disputeId, d.status(), DisputeStatus.ESCALATED);
        }
        Instant now = clock.instant();
        return replace(d, new DisputeView(d.id(), d.referenceNumber(), DisputeStatus.ESCALATED, d.reasonCode(),
                d.reasonDescription(), d.invoiceId(), d.invoiceNumber(), d.invoiceAmount(), d.disputedAmount(),
                d.openBalance(), d.currency(), d.customerId(), d.customerName(), d.accountId(), d.accountNumber(),
                d.callId(), d.description(), d.recordingId(), d.recordingPath(), reason, null, d.createdAt(), now, now,
                null));
    }

    @Override
    public synchronized DisputeView changeStatus(long disputeId, DisputeStatus target, String note, String actor) {
        ledger.requireUp();
        DisputeView d = require(disputeId);
        if (target.isActive() || !d.status().canMoveTo(target)) {
            throw new DisputeTransitionException(disputeId, d.status(), target);
        }
        Instant now = clock.instant();
        DisputeView closed = replace(d, new DisputeView(d.id(), d.referenceNumber(), target, d.reasonCode(),
                d.reasonDescription(), d.invoiceId(), d.invoiceNumber(), d.invoiceAmount(), d.disputedAmount(),
                d.openBalance(), d.currency(), d.customerId(), d.customerName(), d.accountId(), d.accountNumber(),
                d.callId(), d.description(), d.recordingId(), d.recordingPath(), d.escalationReason(), note,
                d.createdAt(), now, d.escalatedAt(), now));
        boolean otherActive = byKey.values().stream()
                .anyMatch(o -> o.invoiceId() == d.invoiceId() && o.id() != d.id() && o.status().isActive());
        if (!otherActive) {
            flag(ledger.invoices.get(d.invoiceId()), InvoiceStatus.OPEN);
        }
        return closed;
    }

    @Override
    public synchronized Optional<DisputeView> findById(long disputeId) {
        ledger.requireUp();
        return byKey.values().stream().filter(d -> d.id() == disputeId).findFirst();
    }

    @Override
    public synchronized Optional<DisputeView> findByReferenceNumber(String referenceNumber) {
        ledger.requireUp();
        return byKey.values().stream().filter(d -> d.referenceNumber().equals(referenceNumber)).findFirst();
    }

    @Override
    public synchronized Optional<DisputeView> findByIdempotencyKey(String idempotencyKey) {
        ledger.requireUp();
        return Optional.ofNullable(byKey.get(idempotencyKey));
    }

    @Override
    public synchronized List<DisputeReason> findReasons() {
        ledger.requireUp();
        return List.copyOf(reasons);
    }

    @Override
    public synchronized DisputePage search(DisputeQuery q) {
        ledger.requireUp();
        List<DisputeView> matching = byKey.values().stream()
                .filter(d -> q.reasonCode() == null || d.reasonCode().equals(q.reasonCode()))
                .filter(d -> q.status() == null || d.status() == q.status())
                .filter(d -> q.customerId() == null || d.customerId() == q.customerId())
                .filter(d -> q.createdFrom() == null || !d.createdAt().isBefore(q.createdFrom()))
                .filter(d -> q.createdTo() == null || d.createdAt().isBefore(q.createdTo()))
                .sorted(Comparator.comparing(DisputeView::createdAt).thenComparingLong(DisputeView::id).reversed())
                .toList();
        List<DisputeView> page = matching.stream().skip(q.offset()).limit(q.limit()).toList();
        return new DisputePage(page, matching.size(), q.limit(), q.offset());
    }

    @Override
    public synchronized List<ReasonTotals> reportByReason(Instant from, Instant to) {
        ledger.requireUp();
        List<ReasonTotals> totals = new ArrayList<>();
        for (DisputeReason reason : reasons) {
            Map<String, List<DisputeView>> byCurrency = new LinkedHashMap<>();
            byKey.values().stream()
                    .filter(d -> d.reasonCode().equals(reason.code()))
                    .filter(d -> !d.createdAt().isBefore(from) && d.createdAt().isBefore(to))
                    .forEach(d -> byCurrency.computeIfAbsent(d.currency(), c -> new ArrayList<>()).add(d));
            byCurrency.forEach(
                    (currency, list) -> totals.add(new ReasonTotals(reason.code(), reason.description(), currency,
                            list.size(), sum(list, DisputeView::disputedAmount), sum(list, DisputeView::openBalance))));
        }
        return totals;
    }

    @Override
    public synchronized int countOpenForCustomer(long customerId) {
        ledger.requireUp();
        return (int) byKey.values().stream().filter(d -> d.customerId() == customerId && d.status().isActive()).count();
    }

    /** Every dispute opened, oldest first, for assertions. */
    public synchronized List<DisputeView> all() {
        return byKey.values().stream().sorted(Comparator.comparingLong(DisputeView::id)).toList();
    }

    private DisputeView require(long disputeId) {
        return byKey.values().stream().filter(d -> d.id() == disputeId).findFirst()
                .orElseThrow(() -> new NoSuchDisputeException(disputeId));
    }

    private DisputeView replace(DisputeView before, DisputeView after) {
        byKey.replaceAll((key, d) -> d.id() == before.id() ? after : d);
        return after;
    }

    private void flag(Invoice i, InvoiceStatus status) {
        ledger.invoices.put(i.id(), new Invoice(i.id(), i.accountId(), i.invoiceNumber(), i.currency(), i.amount(),
                i.openBalance(), i.issuedOn(), i.dueOn(), status));
    }

    private static BigDecimal sum(List<DisputeView> disputes,
            java.util.function.Function<DisputeView, BigDecimal> amount) {
        return disputes.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
