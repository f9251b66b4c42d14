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
import org.ledgerline.ivr.call.control.OriginateRequest;
import org.ledgerline.ivr.call.control.OriginateResult;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.user.Role;

/**
 * Click-to-dial: {@code POST /api/calls} rings the signed-in collector's own endpoint and, once they
 * pick up, puts the call into {@code [ledgerline-collectors]} with the customer's number as the
 * extension and {@code LEDGERLINE_ACCOUNT} set, so the dialplan's gate decides again exactly as for a
 * call dialled from the desk phone. Before anything rings, {@link ClickToDialCheck} runs that same
 * gate decision, so a refused call is answered at once (409, with the reason) and never originated.
 * {@code GET /api/calls/{callId}} reports the call's phase from the switch's events, to the collector
 * who placed it only. Collectors only; every request is audited.
 */
public final class CallRoutes implements RouteGroup {
    /** The dialplan context a click-to-dial call enters; its gate re-checks the call. */
    public static final String CONTEXT = "ledgerline-collectors";
    /** How long the collector's own phone may ring. */
    static final Duration RING_TIMEOUT = Duration.ofSeconds(30);
    static final Access COLLECTORS = Access.roles(Role.COLLECTOR);
    /** How long to wait for the switch to accept or refuse the Originate before answering 202. */
    private static final long ACCEPT_WAIT_MS = 2_000;
    /** Calls older than this are forgotten: the switch's registry has dropped them by then too. */
    private static final Duration KEEP_CALLS = Duration.ofHours(1);
    private static final Set<String> FIELDS = Set.of("accountId", "accountNumber", "phoneNumber");

    private final ClickToDialCheck check;
    private final Optional<CallControl> control;
    private final String callerId;
    private final Clock clock;
    private final Map<String, PlacedCall> placed = new ConcurrentHashMap<>();

    /** {@code callerId} is shown on the collector's phone when it rings ("" for none). */
    public CallRoutes(ClickToDialCheck check, Optional<CallControl> control, String callerId, Clock clock) {
        this.check = Objects.requireNonNull(check, "check");
        this.callerId = Objects.requireNonNull(callerId, "callerId");
        this.control = Objects.requireNonNull(control, "control");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Which collector placed a call, and how its first leg ended up once the switch said. */
    private record PlacedCall(long userId, Instant at, CompletableFuture<OriginateResult> originate) {}

    @Override
    public void mount(Vertx vertx, SecuredRoutes routes) {
        LedgerResponder ledger = new LedgerResponder(
                vertx.createSharedWorkerExecutor(DisputeRoutes.WORKER_POOL, DisputeRoutes.DEFAULT_WORKERS));
        routes.post("/api/calls", COLLECTORS, ctx -> place(vertx, ctx, ledger));
        routes.get("/api/calls/:callId", COLLECTORS, this::progress);
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
        ledger.run(ctx, () -> check.check(user, target), verdict -> {
            if (!verdict.allowed()) {
                LedgerResponder.send(ctx, 409, verdict.json());
                return;
            }
            originate(vertx, ctx, user, endpoint, verdict, control.get());
        });
    }

    private void originate(Vertx vertx, RoutingContext ctx, SignedInUser user, String endpoint,
            ClickToDialCheck.Verdict verdict, CallControl calls) {
        OriginateRequest request = new OriginateRequest(endpoint, CONTEXT, verdict.phoneNumber(), 1, callerId,
                Map.of("LEDGERLINE_ACCOUNT", Long.toString(verdict.accountId())), RING_TIMEOUT,
                verdict.callId());
        forgetOldCalls();
        CompletableFuture<OriginateResult> result = calls.originate(request);
        placed.put(request.channelId(), new PlacedCall(user.id(), clock.instant(), result));
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
                placed.remove(request.channelId());
                LedgerResponder.send(ctx, 503, new ApiError(503, refused.failure() == CallControlFailure.NOT_CONNECTED
                        ? "calls cannot be placed: the switch is not connected right now; try again shortly"
                        : "the switch refused to place the call", null).toJson());
            }
        }));
    }

    private static JsonObject accepted(String callId) {
        return new JsonObject().put("allowed", true).put("callId", callId).put("status", "ringing-collector");
    }

    private void progress(RoutingContext ctx) {
        SignedInUser user = Access.user(ctx);
        String callId = Objects.requireNonNullElse(ctx.pathParam("callId"), "");
        PlacedCall call = placed.get(callId);
        if (call == null || call.userId() != user.id() || control.isEmpty()) {
            LedgerResponder.send(ctx, 404, ApiError.notFound("callId", "no call of yours with that id").toJson());
            return;
        }
        JsonObject json = new JsonObject().put("callId", callId);
        Optional<CallProgress> progress = control.get().progress(callId);
        if (progress.isPresent()) {
            CallProgress now = progress.get();
            json.put("phase", now.phase().name().toLowerCase(Locale.ROOT))
                    .put("at", now.at().toString())
                    .put("dialStatus", now.dialStatus())
                    .put("hangupCause", now.hangupCause())
                    .put("hangupCauseText", now.hangupCauseText())
                    .put("endReason", now.endReason().map(Enum::name).orElse(null));
        } else {
            // The switch reports a new channel before the originate's answer, so an answered or
            // failed originate the registry no longer lists is a call that ended and was forgotten.
            json.put("phase", call.originate().isDone() ? "ended" : "dialling").put("at", call.at().toString());
        }
        json.put("collectorLeg", collectorLeg(call.originate()));
        LedgerResponder.send(ctx, 200, json);
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
