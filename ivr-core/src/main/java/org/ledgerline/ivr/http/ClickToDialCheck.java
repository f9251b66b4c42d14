package org.ledgerline.ivr.http;

import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.compliance.CallRequest;
import org.ledgerline.ivr.compliance.ComplianceGate;
import org.ledgerline.ivr.compliance.DenialReason;
import org.ledgerline.ivr.compliance.GateDecision;
import org.ledgerline.ivr.compliance.PhoneNumbers;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.account.AccountRepository;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.collector.CollectorAssignmentRepository;
import org.ledgerline.storage.contact.ContactDetailsRepository;
import org.ledgerline.storage.contact.CustomerPhone;

/**
 * What click-to-dial asks before anything rings, on a worker thread: is the account on the signed-in
 * collector's worklist (403 otherwise), which of the customer's numbers to call, and what the
 * compliance gate, over the same ledger-backed ports as the dialplan's {@code gate} script, says
 * now. Every answer is audited ({@value #AUDIT_ACTION}) with who asked, the account and the verdict.
 */
public final class ClickToDialCheck {
    /** Audit action of a click-to-dial request that reached the gate. */
    public static final String AUDIT_ACTION = "COLLECTOR_CALL_REQUESTED";

    private final AccountRepository accounts;
    private final CollectorAssignmentRepository assignments;
    private final ContactDetailsRepository details;
    private final ComplianceGate gate;
    private final AuditLog audit;
    private final Clock clock;

    public ClickToDialCheck(AccountRepository accounts, CollectorAssignmentRepository assignments,
            ContactDetailsRepository details, ComplianceGate gate, AuditLog audit, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.assignments = Objects.requireNonNull(assignments, "assignments");
        this.details = Objects.requireNonNull(details, "details");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The account the request names (by id or by number) and the number asked for, if any. */
    record Target(@Nullable Long accountId, @Nullable String accountNumber, @Nullable String phoneNumber) {

        static Target of(JsonObject body) {
            Object id = body.getValue("accountId");
            String number = JsonBodies.optionalString(body, "accountNumber");
            if ((id == null) == (number == null)) {
                throw new RejectedRequestException(ApiError.badRequest("accountId",
                        "name the account by exactly one of accountId or accountNumber"));
            }
            if (id != null && !(id instanceof Integer || id instanceof Long)) {
                throw new RejectedRequestException(ApiError.badRequest("accountId", "accountId must be an integer"));
            }
            return new Target(id == null ? null : ((Number) id).longValue(), number,
                    JsonBodies.optionalString(body, "phoneNumber"));
        }
    }

    /** The gate's answer for one request; {@code callId} is the id the call gets if it is placed. */
    record Verdict(long accountId, long customerId, String phoneNumber, String callId, GateDecision decision) {

        boolean allowed() {
            return decision.allowed();
        }

        JsonObject json() {
            return new JsonObject()
                    .put("allowed", decision.allowed())
                    .put("reason", decision.reason().map(Enum::name).orElse(null))
                    .put("description", decision.reason().map(DenialReason::description).orElse(null))
                    .put("nextAllowedAt", decision.nextAllowedAt().map(Object::toString).orElse(null))
                    .put("recheckedByDialplan", true);
        }
    }

    /** The verdict for {@code collector} calling {@code target}; blocking (ledger reads, an audit write). */
    Verdict check(SignedInUser collector, Target target) {
        Account account = findAccount(target)
                .filter(found -> assignments.activeAssignmentOf(found.id())
                        .filter(assignment -> assignment.userId() == collector.id()).isPresent())
                .orElseThrow(() -> new RejectedRequestException(
                        new ApiError(403, "not your account: it is not on your worklist", "accountId")));
        String number = numberToCall(account, target.phoneNumber());
        GateDecision decision = gate.decide(
                new CallRequest(collector.username(), account.customerId(), account.id(), number), clock.instant());
        Verdict verdict = new Verdict(account.id(), account.customerId(), number, "ll-" + UUID.randomUUID(), decision);
        audit.append(collector.username(), AUDIT_ACTION, "account", Long.toString(account.id()),
                decision.allowed() ? verdict.callId() : null,
                (decision.allowed()
                        ? "allowed, originating from " + collector.endpoint().orElse("?")
                        : "denied " + decision.reason().map(Enum::name).orElse("?"))
                        + " (number ending " + number.substring(Math.max(0, number.length() - 4)) + ")");
        return verdict;
    }

    private Optional<Account> findAccount(Target target) {
        Long id = target.accountId();
        if (id != null) {
            return accounts.findById(id);
        }
        return accounts.findByAccountNumber(Objects.requireNonNull(target.accountNumber()));
    }

    /** The asked number when it is one of the customer's, else the customer's first number on file. */
    private String numberToCall(Account account, @Nullable String asked) {
        List<CustomerPhone> phones = details.phonesOf(account.customerId());
        if (asked != null) {
            Optional<String> digits = PhoneNumbers.nanpDigits(asked);
            if (digits.isEmpty() || phones.stream().noneMatch(p -> PhoneNumbers.sameNumber(p.phoneNumber(), asked))) {
                throw new RejectedRequestException(ApiError.badRequest("phoneNumber",
                        "phoneNumber is not one of this customer's numbers"));
            }
            return digits.get();
        }
        return phones.stream()
                .map(phone -> PhoneNumbers.nanpDigits(phone.phoneNumber()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new RejectedRequestException(ApiError.conflict("phoneNumber",
                        "the customer has no callable phone number on file")));
    }
}
