package org.ledgerline.ivr.http;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.control.CallControl;
import org.ledgerline.ivr.call.control.CallControlException;
import org.ledgerline.ivr.call.control.CallControlFailure;
import org.ledgerline.ivr.call.control.CallProgress;
import org.ledgerline.ivr.call.control.OriginateOutcome;
import org.ledgerline.ivr.call.control.OriginateRequest;
import org.ledgerline.ivr.call.control.OriginateResult;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.user.Role;

/**
 * Click-to-dial: {@code POST /api/calls} rings the signed-in collector's own endpoint and, once they
 * pick up, puts the call into {@code [ledgerline-collectors]} with the customer's number as the
 * extension and {@code LEDGERLINE_ACCOUNT} set, so the dialplan's gate decides again exactly as for a
 * call dialled from the desk phone. Before anything rings, {@link ClickToDialCheck} runs that same
 * gate decision, so a refused call is answered at once (409, with the reason) and never originated.
 * {@code GET /api/calls/{callId}} reports the call's phase from the switch's events, to the collector
 * who placed it only. Who placed which call is read from the ledger ({@link ClickToDialCalls}: the
 * call's {@code collector_calls} row, written before the Originate), so a restarted node, or any other
 * node, answers the same; the phase comes from this node's switch events, else from that row.
 * Collectors only; every request is audited.
 */
public final class CallRoutes implements RouteGroup {
    /** The dialplan context a click-to-dial call enters; its gate re-checks the call. */
    public static final String CONTEXT = "ledgerline-collectors";
    /** How long the collector's own phone may ring. */
    static final Duration RING_TIMEOUT = Duration.ofSeconds(30);
    static final Access COLLECTORS = Access.roles(Role.COLLECTOR);
    /** How long to wait for the switch to accept or refuse the Originate before answering 202. */
    private static final long ACCEPT_WAIT_MS = 2_000;
    /** Originate answers older than this are forgotten: the switch's registry has dropped them by then too. */
    private static final Duration KEEP_CALLS = Duration.ofHours(1);
    private static final Set<String> FIELDS = Set.of("accountId", "accountNumber", "phoneNumber");

    private final ClickToDialCheck check;
    private final ClickToDialCalls records;
    private final Optional<CallControl> control;
    private final String callerId;
    private final Clock clock;
    private final Map<String, PlacedCall> placed = new ConcurrentHashMap<>();

    /** {@code callerId} is shown on the collector's phone when it rings ("" for none). */
    public CallRoutes(ClickToDialCheck check, ClickToDialCalls records, Optional<CallControl> control,
            String callerId, Clock clock) {
        this.check = Objects.requireNonNull(check, "check");
        this.records = Objects.requireNonNull(records, "records");
        this.callerId = Objects.requireNonNull(callerId, "callerId");
        this.control = Objects.requireNonNull(control, "control");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A call this node originated: how its first leg ended up once the switch said (the owner is in the ledger). */
    private record PlacedCall(Instant at, CompletableFuture<OriginateResult> originate) {}

    @Override
    public void mount(Vertx vertx, SecuredRoutes routes) {
        LedgerResponder ledger = new LedgerResponder(
                vertx.createSharedWorkerExecutor(DisputeRoutes.WORKER_POOL, DisputeRoutes.DEFAULT_WORKERS));
        routes.post("/api/calls", COLLECTORS, ctx -> place(vertx, ctx, ledger));
        routes.get("/api/calls/:callId", COLLECTORS, ctx -> progress(ctx, ledger));
    }

    private void place(Vertx vertx, RoutingContext ctx, LedgerResponder ledger) {
        SignedInUser user = Access.user(ctx);
        JsonObject body = JsonBodies.object(ctx.request().getHeader("content-type"), ctx.body().buffer(), FIELDS);
        ClickToDialCheck.Target target = ClickToDialCheck.Target.of(body);
        if (user.endpoint().isEmpty()) {
            LedgerResponder.send(ctx, 409, ApiError.conflict("endpoint",
                    "you have no phone endpoint on file, so there is no phone to ring; ask an admin to set one")
                    .toJson());
            return;
        }
        if (control.isEmpty()) {
            LedgerResponder.send(ctx, 503, new ApiError(503,
                    "calls cannot be placed: this node has no connection to the switch (AMI is off)", null).toJson());
            return;
        }
        String endpoint = user.endpoint().get();
        ledger.run(ctx, () -> {
            ClickToDialCheck.Verdict verdict = check.check(user, target);
            if (verdict.allowed()) {
                records.originating(user.id(), endpoint, verdict.customerId(), verdict.accountId(),
                        verdict.phoneNumber(), verdict.callId(), clock.instant());
            }
            return verdict;
        }, verdict -> {
            if (!verdict.allowed()) {
                LedgerResponder.send(ctx, 409, verdict.json());
                return;
            }
            originate(vertx, ctx, endpoint, verdict, control.get(), ledger);
        });
    }

    private void originate(Vertx vertx, RoutingContext ctx, String endpoint, ClickToDialCheck.Verdict verdict,
            CallControl calls, LedgerResponder ledger) {
        OriginateRequest request = new OriginateRequest(endpoint, CONTEXT, verdict.phoneNumber(), 1, callerId,
                Map.of("LEDGERLINE_ACCOUNT", Long.toString(verdict.accountId())), RING_TIMEOUT,
                verdict.callId());
        forgetOldCalls();
        CompletableFuture<OriginateResult> result = calls.originate(request);
        placed.put(request.channelId(), new PlacedCall(clock.instant(), result));
        CompletableFuture<?> _ = result.whenComplete((outcome, failure) -> {
            if (failure == null ? outcome.outcome() != OriginateOutcome.ANSWERED : refusedBySwitch(failure)) {
                ledger.background("ending click-to-dial call " + request.channelId(), () -> {
                    records.collectorNeverAnswered(request.channelId(), clock.instant());
                    return request.channelId();
                });
            }
        });
        AtomicBoolean answered = new AtomicBoolean();
        long timer = vertx.setTimer(ACCEPT_WAIT_MS, _ -> {
            if (answered.compareAndSet(false, true)) {
                LedgerResponder.send(ctx, 202, accepted(request.channelId()));
            }
        });
        // Only the first report matters here; the future itself stays in placed for the progress route.
        CompletableFuture<?> _ = result.whenComplete((_, failure) -> ctx.vertx().runOnContext(_ -> {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            vertx.cancelTimer(timer);
            if (failure == null || !(unwrap(failure) instanceof CallControlException refused)
                    || refused.failure() == CallControlFailure.TIMED_OUT) {
                LedgerResponder.send(ctx, 202, accepted(request.channelId()));
            } else {
                LedgerResponder.send(ctx, 503, new ApiError(503, refused.failure() == CallControlFailure.NOT_CONNECTED
                        ? "calls cannot be placed: the switch is not connected right now; try again shortly"
                        : "the switch refused to place the call", null).toJson());
            }
        }));
    }

    private static JsonObject accepted(String callId) {
        return new JsonObject().put("allowed", true).put("callId", callId).put("status", "ringing-collector");
    }

    /** The switch refused or could not take the Originate (a lost answer, TIMED_OUT, may still ring). */
    private static boolean refusedBySwitch(Throwable failure) {
        return unwrap(failure) instanceof CallControlException refused
                && refused.failure() != CallControlFailure.TIMED_OUT;
    }

    private void progress(RoutingContext ctx, LedgerResponder ledger) {
        SignedInUser user = Access.user(ctx);
        String callId = Objects.requireNonNullElse(ctx.pathParam("callId"), "");
        ledger.run(ctx, () -> records.ownedBy(callId, user.id()), owned -> {
            if (owned.isEmpty()) {
                LedgerResponder.send(ctx, 404, ApiError.notFound("callId", "no call of yours with that id").toJson());
                return;
            }
            LedgerResponder.send(ctx, 200, progressOf(callId, owned.get()));
        });
    }

    /** From this node's switch events when it has them; else from the ledger's row (another node placed it). */
    private JsonObject progressOf(String callId, CollectorCall call) {
        JsonObject json = new JsonObject().put("callId", callId);
        Optional<CallProgress> progress = control.flatMap(calls -> calls.progress(callId));
        PlacedCall here = placed.get(callId);
        if (progress.isPresent()) {
            CallProgress now = progress.get();
            json.put("phase", now.phase().name().toLowerCase(Locale.ROOT))
                    .put("at", now.at().toString())
                    .put("dialStatus", now.dialStatus())
                    .put("hangupCause", now.hangupCause())
                    .put("hangupCauseText", now.hangupCauseText())
                    .put("endReason", now.endReason().map(Enum::name).orElse(null));
        } else if (call.endedAt() != null) {
            json.put("phase", "ended").put("at", call.endedAt().toString());
        } else if (here != null && here.originate().isDone()) {
            // The switch reports a new channel before the originate's answer, so an answered or
            // failed originate the registry no longer lists is a call that ended and was forgotten.
            json.put("phase", "ended").put("at", here.at().toString());
        } else if (call.answeredAt() != null) {
            json.put("phase", "answered").put("at", call.answeredAt().toString());
        } else {
            json.put("phase", "dialling").put("at", call.startedAt().toString());
        }
        json.put("collectorLeg", here == null ? null : collectorLeg(here.originate()));
        json.put("gateDecision", call.gate().decision());
        json.put("gateReason", call.gate().reasonCode());
        json.put("disposition", call.disposition() == null ? null : call.disposition().name());
        return json;
    }

    /** How the collector's own phone ended up, once the switch said: ANSWERED, NO_ANSWER, BUSY, ... */
    private static @Nullable String collectorLeg(CompletableFuture<OriginateResult> originate) {
        if (!originate.isDone()) {
            return null;
        }
        if (originate.isCompletedExceptionally()) {
            return "FAILED";
        }
        return originate.join().outcome().name();
    }

    private void forgetOldCalls() {
        Instant oldest = clock.instant().minus(KEEP_CALLS);
        placed.values().removeIf(call -> call.at().isBefore(oldest));
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
