package org.ledgerline.ivr.http;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.audit.AuditLog;
import org.ledgerline.storage.collector.CollectorAssignmentRepository;
import org.ledgerline.storage.contact.ContactDetailsRepository;
import org.ledgerline.storage.contact.CustomerPhone;
import org.ledgerline.storage.contact.FlagRecord;
import org.ledgerline.storage.contact.FlagRepository;
import org.ledgerline.storage.contact.FlagType;
import org.ledgerline.storage.contact.NewFlag;
import org.ledgerline.storage.customer.CustomerRepository;
import org.ledgerline.storage.user.Role;

/**
 * The flags that stop collection calls (do-not-call, cease communication, attorney, bankruptcy,
 * wrong number, deceased), read and set from the back office:
 * <ul>
 *   <li>{@code GET /api/customers/{id}/flags}: every flag, active and cleared, with who set and
 *       cleared it and when; the read is audited ({@value CustomerDataReads#ACTION});
 *   <li>{@code POST /api/customers/{id}/flags} with {@code {"type", "phoneNumber", "note"}}: sets a
 *       flag as the signed-in user; 409 when the same flag is already active;
 *   <li>{@code POST /api/customers/{id}/flags/{flagId}/clear} with {@code {"note"}}: clears it; the
 *       row stays as history. Credit managers only: lifting a legal stop is a manager's decision.
 * </ul>
 * Credit managers and auditors read every customer; collectors read and set flags only on customers
 * of their active worklist (403 otherwise), so a collector can record "wrong number" or "the customer
 * asked us to stop" right after the call. The storage audits set and clear in their transaction.
 */
public final class CustomerFlagRoutes implements RouteGroup {
    /** Audit action holding the note a credit manager gave when clearing a flag. */
    public static final String CLEAR_NOTE_ACTION = "CUSTOMER_FLAG_CLEAR_NOTE";
    static final Access READERS = Access.roles(Role.CREDIT_MANAGER, Role.COLLECTOR, Role.AUDITOR);
    static final Access SETTERS = Access.roles(Role.CREDIT_MANAGER, Role.COLLECTOR);
    static final Access CLEARERS = Access.roles(Role.CREDIT_MANAGER);
    static final int MAX_NOTE = 500;
    private static final Set<String> SET_FIELDS = Set.of("type", "phoneNumber", "note");
    private static final Set<String> CLEAR_FIELDS = Set.of("note");
    private static final Pattern PHONE = Pattern.compile("[0-9]{7,15}");
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private final FlagRepository flags;
    private final CustomerRepository customers;
    private final ContactDetailsRepository contacts;
    private final CollectorAssignmentRepository assignments;
    private final AuditLog audit;
    private final Clock clock;

    public CustomerFlagRoutes(FlagRepository flags, CustomerRepository customers, ContactDetailsRepository contacts,
            CollectorAssignmentRepository assignments, AuditLog audit, Clock clock) {
        this.flags = Objects.requireNonNull(flags, "flags");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.assignments = Objects.requireNonNull(assignments, "assignments");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void mount(Vertx vertx, SecuredRoutes routes) {
        LedgerResponder ledger = new LedgerResponder(
                vertx.createSharedWorkerExecutor(DisputeRoutes.WORKER_POOL, DisputeRoutes.DEFAULT_WORKERS));
        routes.get("/api/customers/:id/flags", READERS, ctx -> list(ctx, ledger));
        routes.post("/api/customers/:id/flags", SETTERS, ctx -> set(ctx, ledger));
        routes.post("/api/customers/:id/flags/:flagId/clear", CLEARERS, ctx -> clear(ctx, ledger));
    }

    private void list(RoutingContext ctx, LedgerResponder ledger) {
        long customerId = id(ctx, "id");
        SignedInUser user = Access.user(ctx);
        String request = "GET " + ctx.request().path();
        ledger.respond(ctx, () -> {
            requireVisible(user, customerId);
            List<FlagRecord> all = flags.flagsOf(customerId);
            audit.append(user.username(), CustomerDataReads.ACTION, CustomerDataReads.SUBJECT,
                    Long.toString(customerId), null, all.size() + " flags via " + request);
            return all;
        }, all -> new JsonObject().put("customerId", customerId).put("flags", flagsJson(all)));
    }

    private void set(RoutingContext ctx, LedgerResponder ledger) {
        long customerId = id(ctx, "id");
        JsonObject body = JsonBodies.object(ctx.request().getHeader("content-type"), ctx.body().buffer(), SET_FIELDS);
        FlagType type = type(JsonBodies.requiredString(body, "type"));
        String phone = JsonBodies.optionalString(body, "phoneNumber");
        if (type.perPhoneNumber() && phone == null) {
            throw rejected("phoneNumber", type + " is set on one phone number: give phoneNumber (digits)");
        }
        if (!type.perPhoneNumber() && phone != null) {
            throw rejected("phoneNumber", type + " applies to the customer: send no phoneNumber");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw rejected("phoneNumber", "phoneNumber must be 7 to 15 digits");
        }
        String note = note(body);
        SignedInUser user = Access.user(ctx);
        ledger.respond(ctx, 201, () -> {
            requireVisible(user, customerId);
            // A wrong-number flag on a number the ledger does not hold for the customer would stop nothing.
            if (phone != null && contacts.phonesOf(customerId).stream().map(CustomerPhone::phoneNumber)
                    .noneMatch(phone::equals)) {
                throw rejected("phoneNumber", "phoneNumber is not one of customer " + customerId + "'s numbers");
            }
            boolean alreadyActive = flags.activeFlagsOf(customerId).stream()
                    .anyMatch(f -> f.type() == type && Objects.equals(f.phoneNumber(), phone));
            if (alreadyActive) {
                throw new RejectedRequestException(ApiError.conflict("type", type + " is already active on customer "
                        + customerId + (phone == null ? "" : " for that number")));
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            return flags.set(new NewFlag(customerId, type, phone, user.username(), now, note));
        }, CustomerFlagRoutes::flagJson);
    }

    private void clear(RoutingContext ctx, LedgerResponder ledger) {
        long customerId = id(ctx, "id");
        long flagId = id(ctx, "flagId");
        JsonObject body = JsonBodies.object(ctx.request().getHeader("content-type"), ctx.body().buffer(),
                CLEAR_FIELDS);
        String note = note(body);
        String actor = Access.user(ctx).username();
        ledger.respond(ctx, () -> {
            requireCustomer(customerId);
            FlagRecord flag = flags.flagsOf(customerId).stream().filter(f -> f.id() == flagId).findFirst()
                    .orElseThrow(() -> new RejectedRequestException(ApiError.notFound("flagId",
                            "customer " + customerId + " has no flag " + flagId)));
            if (!flag.active()) {
                throw alreadyCleared(flag);
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            FlagRecord cleared = flags.clear(flagId, actor, now);
            // The repository returns a flag someone else cleared first unchanged: that is a conflict too.
            if (!actor.equals(cleared.clearedBy()) || !now.equals(cleared.clearedAt())) {
                throw alreadyCleared(cleared);
            }
            if (!note.isEmpty()) {
                audit.append(actor, CLEAR_NOTE_ACTION, CustomerDataReads.SUBJECT, Long.toString(customerId), null,
                        "flag " + flagId + " " + flag.type() + ": " + note);
            }
            return cleared;
        }, CustomerFlagRoutes::flagJson);
    }

    /**
     * Collectors see only their worklist's customers; unknown customers are 404 for everyone else. An
     * API token with the collector role has no worklist (its id is negative), so it is refused.
     */
    private void requireVisible(SignedInUser user, long customerId) {
        if (!user.hasAny(Set.of(Role.CREDIT_MANAGER, Role.AUDITOR))) {
            if (!assignments.worksCustomer(user.id(), customerId)) {
                throw new RejectedRequestException(new ApiError(403,
                        "customer " + customerId + " is not on your worklist", "id"));
            }
        }
        requireCustomer(customerId);
    }

    private void requireCustomer(long customerId) {
        if (customers.findById(customerId).isEmpty()) {
            throw new RejectedRequestException(ApiError.notFound("id", "No customer with id " + customerId));
        }
    }

    private static RejectedRequestException alreadyCleared(FlagRecord flag) {
        return new RejectedRequestException(ApiError.conflict("flagId", "flag " + flag.id() + " was already cleared by "
                + flag.clearedBy() + " at " + flag.clearedAt()));
    }

    private static long id(RoutingContext ctx, String name) {
        String text = ctx.pathParam(name);
        if (text == null || !ID.matcher(text).matches()) {
            throw rejected(name, name + " must be a positive whole number");
        }
        return Long.parseLong(text);
    }

    private static FlagType type(String text) {
        try {
            return FlagType.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw rejected("type", "unknown flag type " + ApiError.quote(text) + "; valid types: "
                    + Arrays.stream(FlagType.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static String note(JsonObject body) {
        String note = JsonBodies.optionalString(body, "note");
        if (note == null) {
            return "";
        }
        if (note.length() > MAX_NOTE) {
            throw rejected("note", "note must be at most " + MAX_NOTE + " characters");
        }
        return note.strip();
    }

    private static RejectedRequestException rejected(String field, String why) {
        return new RejectedRequestException(ApiError.badRequest(field, why));
    }

    private static JsonArray flagsJson(List<FlagRecord> all) {
        JsonArray items = new JsonArray();
        all.forEach(flag -> items.add(flagJson(flag)));
        return items;
    }

    static JsonObject flagJson(FlagRecord flag) {
        @Nullable
        Instant clearedAt = flag.clearedAt();
        return new JsonObject()
                .put("id", flag.id())
                .put("customerId", flag.customerId())
                .put("type", flag.type().name())
                .put("scope", flag.phoneNumber() == null ? "CUSTOMER" : "PHONE_NUMBER")
                .put("phoneNumber", flag.phoneNumber())
                .put("active", flag.active())
                .put("setBy", flag.setBy())
                .put("setAt", flag.setAt().toString())
                .put("note", flag.note())
                .put("clearedBy", flag.clearedBy())
                .put("clearedAt", clearedAt == null ? null : clearedAt.toString());
    }
}
