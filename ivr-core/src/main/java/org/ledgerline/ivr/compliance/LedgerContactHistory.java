package org.ledgerline.ivr.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.CallAttempt;
import org.ledgerline.storage.contact.CallAttemptRepository;

/**
 * {@link ContactHistory} over the ledger's {@code contact_attempts}: the calls placed or taken about
 * the account, the attempts the gate allowed included (they are {@code IN_PROGRESS} until the call
 * records write how they ended). Calls the gate denied are not in it: they were never placed. The
 * storage enums have the names of ours, so they map by name; the attempt's idempotency key is its id
 * in the audit trail.
 */
public final class LedgerContactHistory implements ContactHistory {
    private final CallAttemptRepository attempts;

    public LedgerContactHistory(CallAttemptRepository attempts) {
        this.attempts = attempts;
    }

    @Override
    public List<ContactAttempt> callsAbout(long accountId, Instant since) {
        return attempts.callsAbout(accountId, since).stream().filter(CallAttempt::placed)
                .map(LedgerContactHistory::attempt).toList();
    }

    private static ContactAttempt attempt(CallAttempt stored) {
        AttemptDisposition disposition = Objects.requireNonNull(stored.disposition(),
                "a placed call has a disposition");
        return new ContactAttempt(stored.accountId(), stored.phoneNumber(),
                ContactDirection.valueOf(stored.direction().name()), CallDisposition.valueOf(disposition.name()),
                stored.startedAt(), stored.idempotencyKey());
    }
}
