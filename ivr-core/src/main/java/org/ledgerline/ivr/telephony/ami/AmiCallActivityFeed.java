package org.ledgerline.ivr.telephony.ami;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.asteriskjava.manager.action.GetVarAction;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.MixMonitorStartEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.response.GetVarResponse;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.control.CallActivityFeed;
import org.ledgerline.ivr.call.control.CallActivityListener;
import org.ledgerline.ivr.call.control.CallPhase;
import org.ledgerline.ivr.call.control.CallProgress;
import org.ledgerline.ivr.call.control.CallWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AMI adapter of {@link CallActivityFeed}: watches every call the {@link ChannelRegistry} learns
 * of (subscribe it to the connection after the registry, so the registry has applied each event
 * first) and, on a call's first MixMonitorStart, reads the named channel variables with {@code
 * Getvar} actions.
 *
 * <p>Why Getvar and not VarSet events: VarSet is in the {@code dialplan} read class, which the
 * least-privilege manager user does not have (read = call); Getvar needs write class {@code call}
 * or {@code reporting} (main/manager.c registers it with EVENT_FLAG_CALL | EVENT_FLAG_REPORTING),
 * which it has. MixMonitorStart is the right moment: the collectors' dialplan starts MixMonitor
 * only after the gate has set its variables, and the channel then lives on through the Dial.
 */
public final class AmiCallActivityFeed implements AmiEventSink, CallActivityFeed {
    private static final Logger log = LoggerFactory.getLogger(AmiCallActivityFeed.class);
    /** Calls remembered as ended (or as asked), so a late event cannot start a second watch or Getvar. */
    private static final int REMEMBERED = 10_000;

    private final AmiActionSender sender;
    private final ChannelRegistry registry;
    private final List<String> variableNames;
    private final List<CallActivityListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, CallWatch> watching = new ConcurrentHashMap<>();
    private final Map<String, Boolean> ended = bounded();
    private final Map<String, Boolean> asked = bounded();

    public AmiCallActivityFeed(AmiActionSender sender, ChannelRegistry registry, List<String> variableNames) {
        this.sender = sender;
        this.registry = registry;
        this.variableNames = List.copyOf(variableNames);
    }

    @Override
    public void subscribe(CallActivityListener listener) {
        listeners.add(listener);
    }

    @Override
    public void onEvent(ManagerEvent event) {
        switch (event) {
            case NewChannelEvent e -> follow(e.getLinkedid(), e.getUniqueId());
            case NewStateEvent e -> follow(e.getLinkedId(), e.getUniqueId());
            case DialBeginEvent e -> follow(e.getLinkedId(), e.getUniqueId());
            case BridgeEnterEvent e -> follow(e.getLinkedId(), e.getUniqueId());
            case HangupEvent e -> follow(e.getLinkedId(), e.getUniqueId());
            case CoreShowChannelEvent e -> follow(e.getLinkedid(), e.getUniqueid());
            case MixMonitorStartEvent e -> {
                String callId = follow(e.getLinkedId(), e.getUniqueId());
                if (callId != null && e.getChannel() != null && asked.putIfAbsent(callId, true) == null) {
                    readVariables(callId, e.getChannel());
                }
            }
            default -> {
            }
        }
    }

    /** Starts watching the call the channel belongs to, once; returns its id, or null when there is none. */
    private @Nullable String follow(@Nullable String linkedId, @Nullable String uniqueId) {
        String callId = linkedId == null || linkedId.isEmpty() ? uniqueId : linkedId;
        if (callId == null || callId.isEmpty() || ended.containsKey(callId) || watching.containsKey(callId)) {
            return callId;
        }
        watching.put(callId, registry.watch(callId, this::tell));
        return callId;
    }

    private void tell(CallProgress progress) {
        if (progress.phase() == CallPhase.ENDED) {
            ended.put(progress.callId(), true);
            CallWatch watch = watching.remove(progress.callId());
            if (watch != null) {
                watch.close();
            }
        }
        listeners.forEach(listener -> listener.onProgress(progress));
    }

    private void readVariables(String callId, String channel) {
        Map<String, String> values = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> reads = new ArrayList<>();
        for (String name : variableNames) {
            reads.add(sender.sendAsync(new GetVarAction(channel, name)).thenAccept(response -> {
                String value = valueOf(response);
                if (value != null) {
                    values.put(name, value);
                }
            }));
        }
        CompletableFuture<Void> _ = CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new))
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        log.warn("AMI Getvar on call {} failed for some variables, passing on {} of {}: {}", callId,
                                values.size(), variableNames.size(), failure.getMessage());
                    }
                    Map<String, String> read = new HashMap<>(values);
                    listeners.forEach(listener -> listener.onCallVariables(callId, channel, Map.copyOf(read)));
                });
    }

    /** The value of a successful Getvar; Asterisk answers an unset variable with an empty Value. */
    private static @Nullable String valueOf(ManagerResponse response) {
        if (response instanceof ManagerError || !"Success".equalsIgnoreCase(response.getResponse())) {
            return null;
        }
        return response instanceof GetVarResponse answer ? answer.getValue() : response.getAttribute("Value");
    }

    private static Map<String, Boolean> bounded() {
        return Collections.synchronizedMap(new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > REMEMBERED;
            }
        });
    }
}
