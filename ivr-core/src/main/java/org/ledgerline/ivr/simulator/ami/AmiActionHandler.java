package org.ledgerline.ivr.simulator.ami;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers one session's actions with Asterisk 20.20.1's texts (main/manager.c {@code
 * process_message} and the action handlers, apps/app_mixmonitor.c {@code
 * manager_mute_mixmonitor}). Returns false when Asterisk would end the session.
 */
final class AmiActionHandler {
    /** Required write classes per action (any one suffices); an empty set means anyone may run it. */
    private static final Map<String, Set<AmiClass>> AUTHORITY = Map.ofEntries(
            Map.entry("ping", Set.of()), Map.entry("events", Set.of()), Map.entry("logoff", Set.of()),
            Map.entry("login", Set.of()), Map.entry("challenge", Set.of()),
            Map.entry("mixmonitormute", Set.of(AmiClass.SYSTEM, AmiClass.CALL)),
            Map.entry("command", Set.of(AmiClass.COMMAND)),
            Map.entry("coresettings", Set.of(AmiClass.SYSTEM, AmiClass.REPORTING)),
            // main/manager.c __init_manager: Originate EVENT_FLAG_ORIGINATE, Hangup EVENT_FLAG_SYSTEM |
            // EVENT_FLAG_CALL, CoreShowChannels EVENT_FLAG_SYSTEM | EVENT_FLAG_REPORTING.
            Map.entry("originate", Set.of(AmiClass.ORIGINATE)),
            Map.entry("hangup", Set.of(AmiClass.SYSTEM, AmiClass.CALL)),
            // Getvar: EVENT_FLAG_CALL | EVENT_FLAG_REPORTING.
            Map.entry("getvar", Set.of(AmiClass.CALL, AmiClass.REPORTING)),
            Map.entry("coreshowchannels", Set.of(AmiClass.SYSTEM, AmiClass.REPORTING)));
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AmiEmulatorSession session;
    private final AmiEmulator emulator;
    private final OriginateHandler originates;

    AmiActionHandler(AmiEmulatorSession session, AmiEmulator emulator) {
        this.session = session;
        this.emulator = emulator;
        this.originates = new OriginateHandler(emulator);
    }

    boolean handle(AmiMessage m) throws IOException {
        String action = m.headerOrEmpty("Action").trim();
        if (action.isEmpty()) {
            return error(m, "Missing action in request");
        }
        emulator.recordAction(session.id(), action, m);
        String key = action.toLowerCase(Locale.ROOT);
        boolean preAuth = key.equals("login") || key.equals("logoff") || key.equals("challenge");
        if (session.account().isEmpty() && !preAuth) {
            return error(m, "Permission denied");
        }
        Optional<AmiEmulator.Fault> fault = emulator.faultFor(action);
        if (fault.isPresent()) {
            return fault.get().stall() || error(m, fault.get().message());
        }
        Set<AmiClass> authority = AUTHORITY.get(key);
        if (authority == null) {
            return error(m,
                    "Invalid/unknown command: " + action + ". Use Action: ListCommands to show available commands.");
        }
        if (!authority.isEmpty() && !permitted(authority)) {
            return error(m, "Permission denied");
        }
        return switch (key) {
            case "login" -> login(m);
            case "challenge" -> challenge(m);
            case "logoff" -> {
                session.send(response(m, "Goodbye").add("Message", "Thanks for all the fish."));
                yield false;
            }
            case "ping" -> send(response(m, "Success").add("Ping", "Pong").add("Timestamp", timestamp()));
            case "events" -> events(m);
            case "mixmonitormute" -> mixMonitorMute(m);
            case "command" -> command(m);
            case "originate" -> originate(m);
            case "hangup" -> hangup(m);
            case "getvar" -> getvar(m);
            case "coreshowchannels" -> coreShowChannels(m);
            default -> coreSettings(m);
        };
    }

    private boolean permitted(Set<AmiClass> authority) {
        return session.account().map(a -> authority.stream().anyMatch(a.write()::contains)).orElse(false);
    }

    private boolean login(AmiMessage m) throws IOException {
        if (session.account().isPresent()) {
            return send(response(m, "Success").add("Message", "Already authenticated"));
        }
        Optional<AmiAccount> user = authenticate(m);
        if (user.isEmpty()) {
            emulator.pauseAfterFailedLogin();
            error(m, "Authentication failed");
            return false;
        }
        session.authenticated(user.get());
        m.header("Events").filter(e -> !e.isEmpty()).map(AmiClass::parseMask).ifPresent(session::eventMask);
        session.send(response(m, "Success").add("Message", "Authentication accepted"));
        if (user.get().read().contains(AmiClass.SYSTEM) && session.eventMask().contains(AmiClass.SYSTEM)) {
            session.send(new AmiMessage().add("Event", "FullyBooted").add("Privilege", "system,all")
                    .add("Uptime", emulator.uptimeSeconds()).add("LastReload", emulator.uptimeSeconds())
                    .add("Status", "Fully Booted"));
        }
        emulator.sessionLoggedIn();
        return true;
    }

    /** Asterisk's {@code authenticate}: MD5 of challenge + secret when AuthType is MD5, else the plain Secret. */
    private Optional<AmiAccount> authenticate(AmiMessage m) {
        Optional<AmiAccount> user = emulator.account(m.headerOrEmpty("Username"));
        if (user.isEmpty()) {
            return Optional.empty();
        }
        if (m.headerOrEmpty("AuthType").equalsIgnoreCase("MD5")) {
            String key = m.headerOrEmpty("Key");
            boolean ok = !key.isEmpty() && !session.challenge().isEmpty()
                    && md5Hex(session.challenge() + user.get().secret()).equals(key);
            return ok ? user : Optional.empty();
        }
        return user.get().secret().equals(m.headerOrEmpty("Secret")) ? user : Optional.empty();
    }

    private boolean challenge(AmiMessage m) throws IOException {
        if (!m.headerOrEmpty("AuthType").equalsIgnoreCase("MD5")) {
            return error(m, "Must specify AuthType");
        }
        if (session.challenge().isEmpty()) {
            session.challenge(Long.toString(RANDOM.nextLong(Integer.MAX_VALUE)));
        }
        return send(response(m, "Success").add("Challenge", session.challenge()));
    }

    private boolean events(AmiMessage m) throws IOException {
        String mask = m.headerOrEmpty("EventMask");
        if (mask.isEmpty()) {
            return error(m, "Invalid event mask");
        }
        Set<AmiClass> classes = AmiClass.parseMask(mask);
        session.eventMask(classes);
        return send(response(m, "Success").add("Events", classes.isEmpty() ? "Off" : "On"));
    }

    /** {@code manager_mute_mixmonitor}: checks in Asterisk's order, then mutes and raises MixMonitorMute. */
    private boolean mixMonitorMute(AmiMessage m) throws IOException {
        String direction = m.headerOrEmpty("Direction");
        if (direction.isEmpty()) {
            return error(m, "No direction specified. Must be read, write or both");
        }
        if (!Set.of("read", "write", "both").contains(direction.toLowerCase(Locale.ROOT))) {
            return error(m, "Invalid direction specified. Must be read, write or both");
        }
        if (m.headerOrEmpty("Channel").isEmpty()) {
            return error(m, "No channel specified");
        }
        String state = m.headerOrEmpty("State");
        if (state.isEmpty()) {
            return error(m, "No state specified");
        }
        Optional<EmulatedChannel> channel = emulator.channel(m.headerOrEmpty("Channel"));
        if (channel.isEmpty()) {
            return error(m, "No such channel");
        }
        if (!channel.get().recording()) {
            return error(m, "Cannot set mute flag");
        }
        boolean mute = Set.of("1", "yes", "true", "y", "t", "on").contains(state.toLowerCase(Locale.ROOT));
        send(response(m, "Success"));
        emulator.emit(AmiEvent.mixMonitorMute(channel.get(), direction, mute));
        return true;
    }

    private boolean originate(AmiMessage m) throws IOException {
        String invalid = OriginateHandler.validate(m);
        if (invalid != null) {
            return error(m, invalid);
        }
        AmiMessage queued = response(m, "Success").add("Message", "Originate successfully queued");
        if (OriginateHandler.isAsync(m)) {
            originates.placeLater(session, queued, m);
            return true;
        }
        return originates.place(m, false) ? send(queued) : error(m, "Originate failed");
    }

    /**
     * {@code action_getvar} for a channel variable: "No variable specified", "No such channel", or
     * an acknowledgement with {@code Variable} and {@code Value} (empty when the variable is unset).
     */
    private boolean getvar(AmiMessage m) throws IOException {
        String variable = m.headerOrEmpty("Variable");
        String channel = m.headerOrEmpty("Channel");
        if (variable.isEmpty()) {
            return error(m, "No variable specified");
        }
        if (!channel.isEmpty() && !emulator.knowsChannel(channel)) {
            return error(m, "No such channel");
        }
        return send(response(m, "Success").add("Variable", variable)
                .add("Value", emulator.channelVariable(channel, variable)));
    }

    /** {@code ast_manager_hangup_helper} for a plain channel name (no /regex/). */
    private boolean hangup(AmiMessage m) throws IOException {
        String channel = m.headerOrEmpty("Channel");
        if (channel.isEmpty()) {
            return error(m, "No channel specified");
        }
        if (!emulator.knowsChannel(channel)) {
            return error(m, "No such channel");
        }
        // Asterisk queues the hang-up and acknowledges; the channel's events follow the answer.
        send(response(m, "Success").add("Message", "Channel Hungup"));
        emulator.hangupByAction(channel);
        return true;
    }

    /**
     * {@code action_coreshowchannels}: a list acknowledgement, one CoreShowChannel per channel (the
     * snapshot fields, Application, ApplicationData, Duration, BridgeId) and CoreShowChannelsComplete.
     * List events go to the asking session whatever its read classes, as Asterisk's do.
     */
    private boolean coreShowChannels(AmiMessage m) throws IOException {
        String actionId = m.headerOrEmpty("ActionID");
        session.send(response(m, "Success").add("EventList", "start").add("Message", "Channels will follow"));
        List<EmulatedCall.Listed> channels = emulator.listChannels();
        for (EmulatedCall.Listed listed : channels) {
            AmiMessage line = new AmiMessage().add("Event", "CoreShowChannel");
            if (!actionId.isEmpty()) {
                line.add("ActionID", actionId);
            }
            session.send(line.addAll(listed.channel().headers(""))
                    .add("Application", listed.application())
                    .add("ApplicationData", listed.applicationData())
                    .add("Duration", listed.duration(Instant.now()))
                    .add("BridgeId", listed.bridgeId()));
        }
        AmiMessage complete = new AmiMessage().add("Event", "CoreShowChannelsComplete");
        if (!actionId.isEmpty()) {
            complete.add("ActionID", actionId);
        }
        return send(complete.add("EventList", "Complete").add("ListItems", channels.size()));
    }

    /** Only {@code core show version} is emulated; any other CLI command gets the CLI's "No such command". */
    private boolean command(AmiMessage m) throws IOException {
        String cli = m.headerOrEmpty("Command");
        if (cli.isEmpty()) {
            return error(m, "No command provided");
        }
        if (cli.trim().equalsIgnoreCase("core show version")) {
            return send(response(m, "Success").add("Message", "Command output follows")
                    .add("Output", "Asterisk " + AmiEmulator.ASTERISK_VERSION
                            + " built by ledgerline @ emulator on a x86_64 running Linux"));
        }
        return send(response(m, "Error").add("Message", "Command output follows")
                .add("Output", "No such command '" + cli + "' (type 'core show help " + cli
                        + "' for other possible commands)"));
    }

    private boolean coreSettings(AmiMessage m) throws IOException {
        return send(response(m, "Success")
                .add("AMIversion", AmiEmulator.AMI_VERSION)
                .add("AsteriskVersion", AmiEmulator.ASTERISK_VERSION)
                .add("SystemName", "")
                .add("CoreMaxCalls", 0)
                .add("CoreMaxLoadAvg", "0.000000")
                .add("CoreRunUser", "asterisk")
                .add("CoreRunGroup", "asterisk")
                .add("CoreMaxFilehandles", 0)
                .add("CoreRealTimeEnabled", "No")
                .add("CoreCDRenabled", "Yes")
                .add("CoreHTTPenabled", "No")
                .add("SoundsSearchCustomDir", "No"));
    }

    /** {@code astman_send_response_full}: Response, the echoed ActionID, then the caller's headers. */
    private static AmiMessage response(AmiMessage request, String response) {
        AmiMessage answer = new AmiMessage().add("Response", response);
        request.header("ActionID").filter(id -> !id.isEmpty()).ifPresent(id -> answer.add("ActionID", id));
        return answer;
    }

    private boolean error(AmiMessage request, String message) throws IOException {
        return send(response(request, "Error").add("Message", message));
    }

    private boolean send(AmiMessage message) throws IOException {
        session.send(message);
        return true;
    }

    private static String timestamp() {
        long micros = System.currentTimeMillis() * 1000;
        return String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
