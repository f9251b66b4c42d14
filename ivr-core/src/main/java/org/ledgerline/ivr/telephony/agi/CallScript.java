package org.ledgerline.ivr.telephony.agi;

import java.time.Clock;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.command.HangupCommand;
import org.ledgerline.ivr.call.CallHandler;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.call.CallerHungUpException;
import org.ledgerline.ivr.call.ChannelFailureException;
import org.ledgerline.ivr.prompt.SoundLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The one AGI script every connection runs: checks Asterisk's environment, builds the
 * {@link CallSession} and hands the call to the {@link CallHandler} under the script name Asterisk
 * asked for ({@code agi://host:port/<flow>}; unknown names are the handler's to answer).
 *
 * <p>The call's unique id is in the SLF4J MDC as {@value #MDC_CALL_ID} for every line logged while
 * the call runs. A caller hanging up is a normal end (INFO, no stack trace). Works on our
 * {@link FastAgiServer} and on a stock {@code DefaultAgiServer} alike.
 */
public final class CallScript implements AgiScript {
    private static final Logger log = LoggerFactory.getLogger(CallScript.class);

    /** MDC key holding Asterisk's unique id of the call being served. */
    public static final String MDC_CALL_ID = "callId";
    private static final String DEFAULT_LANGUAGE = "en";

    private final CallHandler handler;
    private final SoundLibrary sounds;
    private final AgiMetrics metrics;
    private final Clock clock;

    public CallScript(CallHandler handler, SoundLibrary sounds, AgiMetrics metrics, Clock clock) {
        this.handler = handler;
        this.sounds = sounds;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) {
        String callId = request.getUniqueId();
        String flowName = request.getScript();
        if (callId == null || request.getRequestURL() == null || flowName == null) {
            log.warn("Rejected a FastAGI connection from {} without agi_request/agi_uniqueid: not an Asterisk call",
                    request.getRemoteAddress());
            hangUpQuietly(channel);
            return;
        }
        MDC.put(MDC_CALL_ID, callId);
        metrics.callStarted();
        try {
            serve(request, channel, callId, flowName);
        } finally {
            metrics.callEnded();
            MDC.remove(MDC_CALL_ID);
        }
    }

    private void serve(AgiRequest request, AgiChannel channel, String callId, String flowName) {
        String language = request.getLanguage() == null ? DEFAULT_LANGUAGE : request.getLanguage();
        AgiCallChannel callChannel = new AgiCallChannel(channel, sounds, language, metrics);
        CallSession session = new CallSession(
                callId, CallerIds.normalise(request.getCallerIdNumber()), channel.getName(), callChannel, clock.instant());
        log.info("Call on {} for flow '{}'", channel.getName(), flowName);
        try {
            callChannel.answer();
            handler.handle(flowName, session);
            log.info("Call ended by the flow");
            metrics.callServed();
        } catch (CallerHungUpException e) {
            log.info("Caller hung up");
            metrics.callServed();
        } catch (ChannelFailureException e) {
            log.warn("Call lost: {}", e.getMessage());
            metrics.callFailed();
        } catch (RuntimeException e) {
            // A flow bug: the caller is cut off; log it whole so it gets fixed.
            log.error("Call flow '{}' failed", flowName, e);
            metrics.callFailed();
        }
    }

    private static void hangUpQuietly(AgiChannel channel) {
        try {
            channel.sendCommand(new HangupCommand());
        } catch (AgiException e) {
            log.debug("Peer of a rejected connection already gone");
        }
    }
}
