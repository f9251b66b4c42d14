package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ledgerline.ivr.call.CallOutcome;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.AsteriskAgiEmulator;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.Caller;
import org.ledgerline.ivr.simulator.CallerAction;
import org.ledgerline.ivr.simulator.CallerScript;
import org.ledgerline.ivr.simulator.EmulatorOptions;
import org.ledgerline.ivr.simulator.TranscriptEntry;
import org.ledgerline.ivr.simulator.TranscriptEntry.DialplanSet;
import org.ledgerline.ivr.simulator.TranscriptEntry.PromptPlayed;
import org.ledgerline.ivr.telephony.agi.CallScript;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.call.CallRecord;
import org.ledgerline.storage.seed.DemoSeeder;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * A caller hanging up at each kind of point of a real self-serve call: while a prompt plays, while
 * Asterisk waits for a menu key, halfway through the PIN, and while the server hands the call to a
 * person (its apology prompt, then each of the dialplan commands of the transfer). Every time the
 * node must log nothing at ERROR and no stack trace from any logger (Asterisk-Java's connection
 * handler, HikariCP, the ledger, our own classes), and the ledger must show the call ended as
 * {@code caller-hung-up} with nothing else written for it.
 */
class SelfServeHangUpIT {
    private static final String PIN = DemoSeeder.DEMO_PIN;
    private static final String TRANSFER_PROMPT = "call-transfer-to-person";
    private static RunningServer node;

    @BeforeAll
    static void startNode() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of());
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void aHangUpWhileAPromptPlaysEndsTheCallCleanly() throws IOException {
        AgiEnvironment env = demoCall();
        CallTranscript call = callWatchingTheLogs(node.emulator(), env, CallerScript.parse(PIN + "# H"));

        assertThat(call.entriesOf(PromptPlayed.class).getLast().hungUpDuring()).isTrue();
        assertEndedCleanly(env, true);
    }

    @Test
    void aHangUpWhileTheServerWaitsForAMenuKeyEndsTheCallCleanly() throws IOException {
        AgiEnvironment env = demoCall();
        CallTranscript call = callWatchingTheLogs(node.emulator(), env, new HangsUpAtTheNextWait(PIN + "#"));

        assertThat(call.promptKeys()).containsSubsequence("id-verified", "menu-main-intro");
        assertThat(call.entriesOf(PromptPlayed.class)).as("every prompt was heard to its end")
                .noneMatch(PromptPlayed::hungUpDuring);
        assertEndedCleanly(env, true);
    }

    @Test
    void aHangUpHalfwayThroughThePinEndsTheCallCleanlyAndCountsNoWrongPin() throws IOException {
        int failedBefore = demoAccount().failedPinAttempts();
        AgiEnvironment env = demoCall();
        CallTranscript call = callWatchingTheLogs(node.emulator(), env, CallerScript.parse("1 2 H"));

        assertThat(call.promptKeys()).endsWith("id-caller-id-enter-pin");
        assertThat(call.entriesOf(PromptPlayed.class).getLast().interruptedBy()).isEqualTo('1');
        assertThat(call.entriesOf(TranscriptEntry.DigitWait.class)).extracting(TranscriptEntry.DigitWait::key)
                .containsExactly('2');
        assertEndedCleanly(env, false);
        assertThat(demoAccount().failedPinAttempts()).isEqualTo(failedBefore);
    }

    @Test
    void aHangUpDuringThePromptBeforeATransferEndsTheCallCleanly() throws IOException {
        AgiEnvironment env = demoCall();
        CallTranscript call = callWatchingTheLogs(node.emulator(), env, CallerScript.parse(PIN + "# 0 H"));

        assertThat(call.promptKeys()).endsWith(TRANSFER_PROMPT);
        assertThat(call.entriesOf(PromptPlayed.class).getLast().hungUpDuring()).isTrue();
        assertThat(call.entriesOf(DialplanSet.class)).isEmpty();
        assertEndedCleanly(env, true);
    }

    /**
     * The caller hangs up between the server's commands, just as it sends {@code command}: Asterisk
     * answers {@code HANGUP} and then 511. The emulator's command budget places the hang-up there;
     * a first, undisturbed call counts the commands (the transfer's three are the last before
     * Asterisk-Java's {@code AJ_AGISTATUS}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"SET CONTEXT", "SET EXTENSION", "SET PRIORITY"})
    void aHangUpWhileTheTransferIsSetEndsTheCallCleanly(String command) throws IOException {
        String keys = PIN + "# 0";
        CallTranscript undisturbed = node.call(demoCall(), keys);
        assertThat(undisturbed.entries()).endsWith(
                new DialplanSet("context", "ledgerline-agents"), new DialplanSet("extension", "s"),
                new DialplanSet("priority", "1"), new TranscriptEntry.VariableSet("AJ_AGISTATUS", "SUCCESS"),
                new TranscriptEntry.ConnectionClosed());
        int commandsBeforeIt = undisturbed.commandsReceived() - 4
                + List.of("SET CONTEXT", "SET EXTENSION", "SET PRIORITY").indexOf(command);

        AgiEnvironment env = demoCall();
        CallTranscript call = callWatchingTheLogs(emulatorHangingUpAfter(commandsBeforeIt), env,
                CallerScript.parse(keys));

        assertThat(call.refused(511)).first().asString().startsWith(command);
        assertThat(call.transferDestination()).isEmpty();
        assertEndedCleanly(env, true);
    }

    /** Places the call while capturing every logger; no ERROR, no stack trace, and the hang-up logged under the call's id. */
    private static CallTranscript callWatchingTheLogs(AsteriskAgiEmulator emulator, AgiEnvironment env, Caller caller)
            throws IOException {
        try (NodeLogCapture logs = NodeLogCapture.from(Level.INFO)) {
            CallTranscript call = emulator.call(env, caller);

            // The server logs everything about the call before it closes the connection, so all of it is here.
            List<ILoggingEvent> events = logs.events();
            assertThat(events).as("ERROR lines from any logger")
                    .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR));
            assertThat(events).as("stack traces at any level").noneMatch(e -> e.getThrowableProxy() != null);
            assertThat(events).as("the hang-up logged as a normal end of this call")
                    .anyMatch(e -> e.getFormattedMessage().endsWith("outcome=" + CallOutcome.CALLER_HUNG_UP.code())
                            && env.uniqueId().equals(e.getMDCPropertyMap().get(CallScript.MDC_CALL_ID)));
            assertThat(call.callerHungUp()).isTrue();
            return call;
        }
    }

    /** The calls row says the caller hung up, and no other table holds anything for the call. */
    private static void assertEndedCleanly(AgiEnvironment env, boolean identified) {
        CallRecord record = node.server.ledger().calls().findById(env.uniqueId()).orElseThrow();
        assertThat(record.outcome()).isEqualTo(CallOutcome.CALLER_HUNG_UP.code());
        assertThat(record.endedAt()).isNotNull();
        assertThat(record.accountId()).isEqualTo(identified ? demoAccount().id() : null);
        // The only write besides the call's own row is the PIN check that identified the caller.
        assertThat(pinAttemptsOf(env.uniqueId())).isEqualTo(identified ? 1 : 0);
        assertThat(rowsNamingTheCallOutsideCallsAndPinAttempts(env.uniqueId())).isZero();
    }

    private static long pinAttemptsOf(String callId) {
        return node.server.ledger().jdbc().queryOne("test: pin attempts of a call",
                "select count(*) from pin_attempts where call_id = ? and outcome = 'PASSED'", row -> row.getLong(1),
                callId);
    }

    /** Rows of every other table with a {@code call_id} column (payments, promises, disputes, recordings, audit, ...). */
    private static long rowsNamingTheCallOutsideCallsAndPinAttempts(String callId) {
        var jdbc = node.server.ledger().jdbc();
        List<String> tables = jdbc.query("test: tables naming a call", """
                select table_name from information_schema.columns
                 where table_schema = current_schema() and column_name = 'call_id'
                   and table_name not in ('calls', 'pin_attempts')
                """, row -> row.getString(1));
        assertThat(tables).contains("payments", "audit_log");
        return tables.stream()
                .mapToLong(table -> jdbc.queryOne("test: rows naming a call",
                        "select count(*) from " + table + " where call_id = ?", row -> row.getLong(1), callId))
                .sum();
    }

    private static AsteriskAgiEmulator emulatorHangingUpAfter(int commands) {
        EmulatorOptions options = EmulatorOptions.defaults()
                .withSoundsDirectory(node.sounds())
                .withSocketTimeout(Duration.ofSeconds(30))
                .withMaxCommands(commands);
        return new AsteriskAgiEmulator("127.0.0.1", node.server.agiPort(), options);
    }

    private static AgiEnvironment demoCall() {
        return AgiEnvironment.sipCall("selfserve", DemoSeeder.DEMO_PHONE_NUMBER);
    }

    private static Account demoAccount() {
        return node.server.ledger().accounts().findByAccountNumber(DemoSeeder.DEMO_ACCOUNT_NUMBER).orElseThrow();
    }

    /**
     * Presses the keys of a script, then listens to every prompt to its end and hangs up the next
     * time Asterisk waits for a key ({@link CallerScript} would hang up during the next prompt).
     */
    private static final class HangsUpAtTheNextWait implements Caller {
        private final CallerScript keys;

        HangsUpAtTheNextWait(String keys) {
            this.keys = CallerScript.parse(keys);
        }

        @Override
        public CallerAction duringPrompt(String escapeDigits) {
            return keys.remaining() > 0 ? keys.duringPrompt(escapeDigits) : CallerAction.LISTEN;
        }

        @Override
        public CallerAction whenAsked() {
            return keys.remaining() > 0 ? keys.whenAsked() : CallerAction.HANG_UP;
        }
    }
}
