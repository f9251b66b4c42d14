package org.ledgerline.ivr.telephony.ami;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.ledgerline.ivr.call.control.CallControl;
import org.ledgerline.ivr.call.control.CallControlException;
import org.ledgerline.ivr.call.control.CallControlFailure;
import org.ledgerline.ivr.call.control.CallProgress;
import org.ledgerline.ivr.call.control.CallProgressListener;
import org.ledgerline.ivr.call.control.CallWatch;
import org.ledgerline.ivr.call.control.OriginateOutcome;
import org.ledgerline.ivr.call.control.OriginateRequest;
import org.ledgerline.ivr.call.control.OriginateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Call control over AMI. Originate goes out with {@code Async: true} and our own ActionID, so
 * Asterisk answers {@code Response: Success} ("Originate successfully queued") at once and reports
 * the outcome later in an {@code OriginateResponse} event carrying the same ActionID (manager.c
 * {@code fast_originate}); the request's channel id travels as {@code ChannelId}, so the call's id
 * is known before the first event. Hang-up is the {@code Hangup} action. Call progress comes from
 * the {@link ChannelRegistry}.
 *
 * <p>Manager permissions: Originate needs write class {@code originate}, Hangup {@code call} (or
 * {@code system}); the events come with read class {@code call}.
 */
public final class AmiCallControl implements CallControl, AmiEventSink {
    private static final Logger log = LoggerFactory.getLogger(AmiCallControl.class);
    /** Beyond the ring timeout, how long the switch may take to report an originate's outcome. */
    private static final Duration REPORT_GRACE = Duration.ofSeconds(10);
    private static final AtomicLong IDS = new AtomicLong();

    private final AmiActionSender ami;
    private final ChannelRegistry registry;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    private record Pending(String callId, CompletableFuture<OriginateResult> result) {}

    /** Sends through {@code ami}; subscribe this and {@code registry} to the connection's events. */
    public AmiCallControl(AmiActionSender ami, ChannelRegistry registry) {
        this.ami = Objects.requireNonNull(ami, "ami");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Wires call control to the connection: a registry and this adapter, both subscribed to its events. */
    public static AmiCallControl over(AmiConnection connection, Clock clock) {
        ChannelRegistry registry = new ChannelRegistry(connection::sendAsync, clock, ChannelRegistry.DEFAULT_RETENTION);
        AmiCallControl control = new AmiCallControl(connection::sendAsync, registry);
        connection.subscribe(registry);
        connection.subscribe(control);
        return control;
    }

    @Override
    public CompletableFuture<OriginateResult> originate(OriginateRequest request) {
        String actionId = "ll-originate-" + IDS.incrementAndGet();
        CompletableFuture<OriginateResult> result = new CompletableFuture<>();
        pending.put(actionId, new Pending(request.channelId(), result));
        Duration reportWithin = request.ringTimeout().plus(REPORT_GRACE);
        // The answer only matters when it is a failure, which fail() hands to the caller through result.
        CompletableFuture<?> _ = ami.sendAsync(originateAction(request, actionId)).whenComplete((response, failure) -> {
            if (failure != null) {
                fail(actionId, mapFailure(unwrap(failure), "Originate " + request.channelId()));
            } else if (response instanceof ManagerError || !"Success".equalsIgnoreCase(response.getResponse())) {
                fail(actionId, new CallControlException(CallControlFailure.REJECTED, "Originate " + request.channelId()
                        + " on " + request.channel() + " refused: " + response.getMessage(), null));
            }
        });
        return result.orTimeout(reportWithin.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(e -> {
            pending.remove(actionId);
            Throwable cause = unwrap(e);
            return CompletableFuture.failedFuture(cause instanceof TimeoutException
                    ? new CallControlException(CallControlFailure.TIMED_OUT,
                            "No OriginateResponse for " + request.channelId()
                                    + " within " + reportWithin.toMillis() + " ms",
                            cause)
                    : cause);
        });
    }

    private static OriginateAction originateAction(OriginateRequest request, String actionId) {
        OriginateAction action = new OriginateAction();
        action.setActionId(actionId);
        action.setChannel(request.channel());
        action.setContext(request.context());
        action.setExten(request.exten());
        action.setPriority(request.priority());
        if (!request.callerId().isEmpty()) {
            action.setCallerId(request.callerId());
        }
        action.setTimeout(request.ringTimeout().toMillis());
        action.setAsync(true);
        action.setChannelId(request.channelId());
        if (!request.variables().isEmpty()) {
            action.setVariables(request.variables());
        }
        return action;
    }

    /** Completes the originate whose ActionID the event carries; runs on the AMI event thread. */
    @Override
    public void onEvent(ManagerEvent event) {
        if (!(event instanceof OriginateResponseEvent response) || response.getActionId() == null) {
            return;
        }
        Pending waiting = pending.remove(response.getActionId());
        if (waiting == null) {
            return;
        }
        int reason = response.getReason() == null ? 0 : response.getReason();
        OriginateOutcome outcome = OriginateOutcome.fromReason(reason);
        String uniqueId = response.getUniqueId() == null || response.getUniqueId().startsWith("<")
                ? ""
                : response.getUniqueId();
        OriginateResult result = new OriginateResult(waiting.callId(), outcome, reason,
                Objects.requireNonNullElse(response.getChannel(), ""), uniqueId);
        log.info("Originate {} ended {} (reason {}) on {}", waiting.callId(), outcome, reason, result.channel());
        if (!result.answered()) {
            registry.originateEnded(waiting.callId());
        }
        // Completed on a virtual thread: the caller's continuations must not run on the event thread.
        Thread.ofVirtual().start(() -> waiting.result().complete(result));
    }

    private void fail(String actionId, CallControlException failure) {
        Optional.ofNullable(pending.remove(actionId)).ifPresent(p -> p.result().completeExceptionally(failure));
    }

    @Override
    public void hangup(String channelName) {
        Objects.requireNonNull(channelName, "channelName");
        ManagerResponse response;
        try {
            response = ami.sendAsync(new HangupAction(channelName)).join();
        } catch (CompletionException e) {
            throw mapFailure(unwrap(e), "Hangup of " + channelName);
        }
        if (response instanceof ManagerError || !"Success".equalsIgnoreCase(response.getResponse())) {
            throw new CallControlException(CallControlFailure.REJECTED,
                    "Hangup of " + channelName + " refused: " + response.getMessage(), null);
        }
        log.info("Hung up {}", channelName);
    }

    @Override
    public CallWatch watch(String callId, CallProgressListener listener) {
        return registry.watch(callId, listener);
    }

    @Override
    public Optional<CallProgress> progress(String callId) {
        return registry.progress(callId);
    }

    /** The registry behind {@link #watch}, for diagnostics. */
    public ChannelRegistry registry() {
        return registry;
    }

    private static CallControlException mapFailure(Throwable failure, String what) {
        return switch (failure) {
            case CallControlException known -> known;
            case AmiNotConnectedException e ->
                new CallControlException(CallControlFailure.NOT_CONNECTED, what + ": " + e.getMessage(), e);
            case AmiTimeoutException e ->
                new CallControlException(CallControlFailure.TIMED_OUT, what + ": " + e.getMessage(), e);
            default -> new CallControlException(CallControlFailure.NOT_CONNECTED,
                    what + " failed: " + failure.getMessage(), failure);
        };
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
