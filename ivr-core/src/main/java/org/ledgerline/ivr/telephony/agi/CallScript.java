package org.ledgerline.ivr.telephony.agi;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.command.HangupCommand;
import org.ledgerline.ivr.call.CallHandler;
import org.ledgerline.ivr.call.CallOutcome;
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
 * the call runs. A caller hanging up is a normal end (INFO, no stack trace).
 *
 * <p>A call that ends in error (an {@link CallOutcome#isError() error outcome}, a broken switch
 * connection, a defect) counts in {@code ledgerline_agi_calls_errors_total} and ends with
 * {@code AJ_AGISTATUS=FAILED}, the channel variable Asterisk-Java uses to tell the dialplan a
 * script failed, so the dialplan can still send the caller to a person. Asterisk-Java sets
 * {@code FAILED} itself only for a script that throws, and logs that at ERROR with a stack trace;
 * an expected failure is no defect, so the script sets it and returns instead (see
 * {@link AgiStatusKeepingChannelFactory}, which keeps it from being overwritten with
 * {@code SUCCESS}). Works on our {@link FastAgiServer} and on a stock {@code DefaultAgiServer}
 * alike, except that a stock server overwrites the {@code FAILED}.
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
                callId, CallerIds.normalise(request.getCallerIdNumber()), channel.getName(), callChannel,
                clock.instant(), request.getExtension() == null ? "" : request.getExtension(), arguments(request));
        log.info("Call on {} for flow '{}'", channel.getName(), flowName);
        try {
            callChannel.answer();
            CallOutcome outcome = handler.handle(flowName, session);
            if (outcome.isError()) {
                // The handler has logged the cause; here the switch and the metrics learn of it.
                log.info("Call ended in error: {}", outcome.code());
                reportFailure(channel);
            } else {
                log.info("Call ended: {}", outcome.code());
                metrics.callServed();
            }
        } catch (CallerHungUpException e) {
            log.info("Caller hung up");
            metrics.callServed();
        } catch (ChannelFailureException e) {
            log.warn("Call lost: {}", e.getMessage());
            reportFailure(channel);
        } catch (RuntimeException e) {
            // A flow bug: the caller is cut off; log it whole so it gets fixed.
            log.error("Call flow '{}' failed", flowName, e);
            reportFailure(channel);
        }
    }

    /** The {@code agi_arg_N} values in order; Asterisk-Java gives null or an empty array when there are none. */
    private static List<String> arguments(AgiRequest request) {
        String[] arguments = request.getArguments();
        return arguments == null ? List.of() : Arrays.stream(arguments).map(a -> a == null ? "" : a).toList();
    }

    /** Counts the failed call and sets {@code AJ_AGISTATUS=FAILED} for the dialplan, as Asterisk-Java would. */
    private void reportFailure(AgiChannel channel) {
        metrics.callFailed();
        try {
            channel.setVariable(AgiStatusKeepingChannelFactory.AGI_STATUS, AgiStatusKeepingChannelFactory.FAILED);
        } catch (AgiException e) {
            // Named by type only: the library's messages can quote commands and replies.
            log.info("Could not set {}=FAILED, the connection to Asterisk is gone ({})",
                    AgiStatusKeepingChannelFactory.AGI_STATUS, e.getClass().getSimpleName());
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
