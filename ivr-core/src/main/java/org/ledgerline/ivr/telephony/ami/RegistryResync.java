package org.ledgerline.ivr.telephony.ami;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.control.CallEndReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the {@link ChannelRegistry} from the switch after a login or lost events, instead of
 * trusting what it knew before: sends {@code CoreShowChannels} (write class {@code reporting}),
 * collects the {@code CoreShowChannel} events that carry its ActionID, and on {@code
 * CoreShowChannelsComplete} confirms the listed channels and ends the rest as {@link
 * CallEndReason#LOST_DURING_RECONNECT}. Channels that live events mention while the listing is on
 * its way are left alone: they exist, whether or not the listing caught them.
 *
 * <p>Called under the registry's lock from its event thread (the action itself goes out without
 * waiting, so the list events can come back through the same thread).
 */
final class RegistryResync {
    private static final Logger log = LoggerFactory.getLogger(RegistryResync.class);
    private static final AtomicLong IDS = new AtomicLong();

    private final AmiActionSender sender;
    private final RegistryState registry;
    private final List<CoreShowChannelEvent> listed = new ArrayList<>();
    /** The ActionID of the listing under way, or null when none is. */
    private @Nullable String pendingActionId;
    private long since;

    RegistryResync(AmiActionSender sender, RegistryState registry) {
        this.sender = sender;
        this.registry = registry;
    }

    /** Asks the switch for its channels; a resync already under way is superseded. */
    void start(String why) {
        String actionId = "ll-resync-" + IDS.incrementAndGet();
        pendingActionId = actionId;
        listed.clear();
        since = registry.nextGeneration();
        CoreShowChannelsAction action = new CoreShowChannelsAction();
        action.setActionId(actionId);
        log.info("AMI channel registry resynchronising ({}): CoreShowChannels {}", why, actionId);
        // Only logged: the listing itself arrives as events, and nothing waits for this answer.
        CompletableFuture<?> _ = sender.sendAsync(action).whenComplete((response, failure) -> {
            if (failure != null) {
                log.warn("AMI CoreShowChannels {} failed, channel registry left as it was: {}", actionId,
                        failure.getMessage());
            } else if (response instanceof ManagerError || !"Success".equalsIgnoreCase(response.getResponse())) {
                log.warn("AMI CoreShowChannels {} refused: {} (the manager user needs write = reporting)",
                        actionId, response.getMessage());
            }
        });
    }

    /** The connection dropped: a listing under way will never complete. */
    void connectionLost() {
        pendingActionId = null;
        listed.clear();
    }

    void listed(CoreShowChannelEvent line) {
        if (pendingActionId != null && pendingActionId.equals(line.getActionId())) {
            listed.add(line);
        }
    }

    void complete(String actionId, List<Runnable> notices) {
        if (pendingActionId == null || !pendingActionId.equals(actionId)) {
            return;
        }
        Set<String> present = new HashSet<>();
        for (CoreShowChannelEvent line : listed) {
            present.add(line.getUniqueid());
            registry.confirmListed(line.getUniqueid(), line.getLinkedid(), line.getChannel(), line.getChannelState(),
                    line.getBridgeid(), notices);
        }
        int ended = registry.endUnlisted(present, since, notices);
        log.info("AMI channel registry resynchronised: {} channels listed, {} ended as lost during reconnect",
                present.size(), ended);
        pendingActionId = null;
        listed.clear();
    }
}
