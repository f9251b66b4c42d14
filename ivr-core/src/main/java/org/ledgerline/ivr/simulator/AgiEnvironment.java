package org.ledgerline.ivr.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code agi_*} block Asterisk 20.20.1 sends when a call reaches {@code AGI(agi://host:port/script)},
 * in Asterisk's order (FINDINGS). A missing caller ID is sent as {@code unknown}, as Asterisk does.
 */
public record AgiEnvironment(
        String script,
        String callerId,
        String callerIdName,
        String channel,
        String uniqueId,
        String language,
        String context,
        String extension,
        List<String> arguments) {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final long EPOCH_SECONDS = System.currentTimeMillis() / 1000;

    public AgiEnvironment {
        arguments = List.copyOf(arguments);
    }

    /** A SIP call from {@code callerId} (empty or {@code null}: withheld) to the given script. */
    public static AgiEnvironment sipCall(String script, String callerId) {
        long n = SEQUENCE.getAndIncrement();
        return new AgiEnvironment(
                script,
                callerId,
                callerId == null || callerId.isEmpty() ? "" : "Caller " + callerId,
                "SIP/trunk-%08x".formatted(n),
                EPOCH_SECONDS + "." + n,
                "en",
                "ledgerline-inbound",
                "s",
                List.of());
    }

    public AgiEnvironment withLanguage(String newLanguage) {
        return new AgiEnvironment(script, callerId, callerIdName, channel, uniqueId, newLanguage, context, extension,
                arguments);
    }

    public AgiEnvironment withArguments(List<String> newArguments) {
        return new AgiEnvironment(script, callerId, callerIdName, channel, uniqueId, language, context, extension,
                newArguments);
    }

    /** The lines Asterisk writes, without the empty line that ends the block. */
    public List<String> lines(String host, int port) {
        List<String> lines = new ArrayList<>(24 + arguments.size());
        lines.add("agi_network: yes");
        lines.add("agi_network_script: " + script);
        lines.add("agi_request: agi://" + host + ":" + port + "/" + script);
        lines.add("agi_channel: " + channel);
        lines.add("agi_language: " + language);
        lines.add("agi_type: " + channel.substring(0, Math.max(0, channel.indexOf('/'))));
        lines.add("agi_uniqueid: " + uniqueId);
        lines.add("agi_version: 20.20.1");
        lines.add("agi_callerid: " + orUnknown(callerId));
        lines.add("agi_calleridname: " + orUnknown(callerIdName));
        lines.add("agi_callingpres: 0");
        lines.add("agi_callingani2: 0");
        lines.add("agi_callington: 0");
        lines.add("agi_callingtns: 0");
        lines.add("agi_dnid: unknown");
        lines.add("agi_rdnis: unknown");
        lines.add("agi_context: " + context);
        lines.add("agi_extension: " + extension);
        lines.add("agi_priority: 1");
        lines.add("agi_enhanced: 0.0");
        lines.add("agi_accountcode: ");
        lines.add("agi_threadid: " + (139648833304256L + Integer.toUnsignedLong(uniqueId.hashCode())));
        for (int i = 0; i < arguments.size(); i++) {
            lines.add("agi_arg_" + (i + 1) + ": " + arguments.get(i));
        }
        return lines;
    }

    private static String orUnknown(String value) {
        return value == null || value.isEmpty() ? "unknown" : value;
    }
}
