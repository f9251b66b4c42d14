package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.CallerScript;
import org.ledgerline.ivr.simulator.TranscriptEntry;
import org.ledgerline.ivr.telephony.agi.CallScript;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.call.CallRecord;
import org.ledgerline.storage.seed.DemoSeeder;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * Whole calls through a real node: an emulated Asterisk 20 speaks FastAGI over TCP to the server,
 * which runs the self-serve flow against a seeded PostgreSQL ledger. Each test checks what the
 * caller heard (prompt keys in order), where the call went, and what the ledger kept. Hang-ups at
 * each point of a call are in {@link SelfServeHangUpIT}.
 */
class SelfServeServerIT {
    private static final String PERSON = "ledgerline-agents,s,1";
    /** Threads that serve a call: its virtual thread ({@code FastAgiServer}) and the PIN hashing pool ({@code PinChecks}). */
    private static final String CALL_THREADS = "agi-call-";
    private static final String PIN_CHECK_THREADS = "pin-check-";
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
    void callerIdOnFileThenPinReadsTheBalanceAndZeroReachesAPerson() {
        AgiEnvironment env = AgiEnvironment.sipCall("selfserve", DemoSeeder.DEMO_PHONE_NUMBER);
        CallTranscript call = node.call(env, DemoSeeder.DEMO_PIN + "# 1 0");

        assertThat(call.promptKeys()).startsWith("selfserve-greeting", "id-caller-id-enter-pin", "id-verified");
        assertThat(call.promptKeys()).containsSubsequence(
                "balance-past-due", "balance-total-open", "balance-oldest-was-due", "call-transfer-to-person");
        assertThat(call.transferDestination()).contains(PERSON);
        assertNoMissingPrompts(call);

        CallRecord record = node.server.ledger().calls().findById(env.uniqueId()).orElseThrow();
        Account demo = node.server.ledger().accounts().findByAccountNumber(DemoSeeder.DEMO_ACCOUNT_NUMBER)
                .orElseThrow();
        assertThat(record.accountId()).isEqualTo(demo.id());
        assertThat(record.endedAt()).isNotNull();
        assertThat(record.flow()).isEqualTo("selfserve");
    }

    @Test
    void aWithheldNumberIdentifiesWithAccountNumberAndPinAndBrowsesInvoices() {
        CallTranscript call = node.call("",
                DemoSeeder.DEMO_ACCOUNT_NUMBER + "# " + DemoSeeder.DEMO_PIN + "# 2 1 1 *  *");

        assertThat(call.promptKeys()).startsWith("selfserve-greeting", "id-enter-account-number", "id-enter-pin",
                "id-verified");
        assertThat(call.promptKeys()).containsSubsequence("invoice-number", "invoice-number", "menu-main-intro");
        assertThat(call.transferDestination()).isEmpty();
        assertThat(call.serverHungUp()).isTrue();
        assertNoMissingPrompts(call);
    }

    @Test
    void aSharedNumberDoesNotPreselectAnAccount() {
        CallTranscript call = node.call(DemoSeeder.SHARED_PHONE_NUMBER, "# H");

        assertThat(call.promptKeys()).contains("id-enter-account-number").doesNotContain("id-caller-id-enter-pin");
    }

    @Test
    void wrongPinsLockTheAccountAcrossCallsAndTheLockIsAudited() {
        String number = "100004";
        String wrong = number + "# 9999# ";

        CallTranscript first = node.call("", wrong.repeat(3));
        assertThat(first.promptKeys()).containsSubsequence("id-not-recognised", "id-not-recognised",
                "id-too-many-attempts");
        assertThat(first.transferDestination()).contains(PERSON);
        assertThat(account(number).failedPinAttempts()).isEqualTo(3);
        assertThat(account(number).isLocked()).isFalse();

        AgiEnvironment secondCall = AgiEnvironment.sipCall("selfserve", "");
        CallTranscript second = node.call(secondCall, wrong.repeat(2) + number + "# " + DemoSeeder.DEMO_PIN + "#");
        assertThat(second.promptKeys()).doesNotContain("id-verified");
        assertThat(second.transferDestination()).contains(PERSON);
        Account locked = account(number);
        assertThat(locked.isLocked()).isTrue();
        assertThat(node.server.ledger().audit().findBySubject("account", Long.toString(locked.id())))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("ACCOUNT_LOCKED");
                    assertThat(entry.callId()).isEqualTo(secondCall.uniqueId());
                });
    }

    @Test
    void anUnknownAccountSoundsExactlyLikeAWrongPin() {
        CallTranscript unknown = node.call("", "999999# 1234# H");
        CallTranscript wrongPin = node.call("", "100005# 9999# H");

        assertThat(unknown.promptKeys()).isEqualTo(wrongPin.promptKeys());
        assertThat(unknown.promptKeys()).contains("id-not-recognised");
    }

    @Test
    void starAndHashWhereDigitsBelongAreRefusedWithoutRevealingAnything() {
        CallTranscript call = node.call("", "10*001# 1234# H");

        assertThat(call.promptKeys()).containsSubsequence("id-enter-account-number", "id-enter-pin",
                "id-not-recognised");
    }

    @Test
    void silenceAndInvalidKeysRepromptThenThirdFailureReachesAPerson() {
        CallTranscript call = node.call(DemoSeeder.DEMO_PHONE_NUMBER, DemoSeeder.DEMO_PIN + "# _ 7 8");

        assertThat(call.promptKeys()).containsSubsequence(
                "id-verified", "menu-no-input", "menu-invalid-choice", "menu-too-many-failures",
                "call-transfer-to-person");
        assertThat(call.transferDestination()).contains(PERSON);
    }

    @Test
    void everyLineLoggedWhileASelfServeCallIsServedCarriesTheCallsUniqueId() {
        AgiEnvironment env = AgiEnvironment.sipCall("selfserve", DemoSeeder.DEMO_PHONE_NUMBER);
        List<ILoggingEvent> served;
        try (NodeLogCapture logs = NodeLogCapture.from(Level.DEBUG)) {
            CallTranscript call = node.call(env, DemoSeeder.DEMO_PIN + "# 1 0");

            assertThat(call.promptKeys()).containsSubsequence("id-verified", "balance-total-open",
                    "call-transfer-to-person");
            assertThat(call.transferDestination()).contains(PERSON);
            // The server logs all of the call before it closes the connection, and calls run one at a time here.
            served = logs.onThreadsNamed(CALL_THREADS, PIN_CHECK_THREADS);
        }

        assertThat(served).extracting(ILoggingEvent::getFormattedMessage).anyMatch(m -> m.startsWith("Call on "))
                .anyMatch(m -> m.startsWith("caller identified as account"))
                .anyMatch(m -> m.contains("outcome=transferred"))
                .contains("Call ended: transferred");
        assertThat(served).allSatisfy(event -> assertThat(event.getMDCPropertyMap())
                .as("MDC of \"%s\" from %s", event.getFormattedMessage(), event.getLoggerName())
                .containsEntry(CallScript.MDC_CALL_ID, env.uniqueId()));
    }

    @Test
    void anUnknownScriptNameStillGivesTheCallerAPerson() {
        CallTranscript call = node.call(AgiEnvironment.sipCall("no-such-flow", "5550000"), "");

        assertThat(call.promptKeys()).containsSubsequence("call-unknown-service", "call-transfer-to-person");
        assertThat(call.transferDestination()).contains(PERSON);
    }

    @Test
    void anUnknownScriptNameEndsWithAgiStatusFailedSoTheDialplanFallBackApplies() {
        AgiEnvironment env = AgiEnvironment.sipCall("no-such-flow", "5550000");
        CallTranscript call = node.call(env, "");

        assertThat(call.agiStatus()).contains("FAILED");
        assertThat(call.entriesOf(TranscriptEntry.VariableSet.class))
                .filteredOn(set -> set.name().equals("AJ_AGISTATUS"))
                .extracting(TranscriptEntry.VariableSet::value)
                .containsExactly("FAILED");
        assertThat(node.server.ledger().calls().findById(env.uniqueId()).orElseThrow().outcome())
                .isEqualTo("unknown-flow");
    }

    @Test
    void aMalformedEnvironmentIsRefusedAndTheServerKeepsServing() throws Exception {
        node.emulator().callWithRawEnvironment(List.of("this is not agi", "agi_network yes"),
                CallerScript.parse(""));

        CallTranscript next = node.call(DemoSeeder.DEMO_PHONE_NUMBER, "H");
        assertThat(next.promptKeys()).startsWith("selfserve-greeting");
    }

    @Test
    void aSwitchThatRepliesWithNonDigitsLosesThatCallOnlyAndTheServerKeepsServing() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), node.server.agiPort())) {
            socket.setSoTimeout(10_000);
            var out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(),
                    StandardCharsets.US_ASCII), true);
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            for (String line : AgiEnvironment.sipCall("selfserve", DemoSeeder.DEMO_PHONE_NUMBER).lines("127.0.0.1",
                    node.server.agiPort())) {
                out.print(line + "\n");
            }
            out.print("\n");
            out.flush();
            int commands = 0;
            String command;
            while ((command = in.readLine()) != null && commands++ < 20) {
                out.print(command.startsWith("STREAM FILE") ? "200 result=abc endpos=xyz\n" : "200 result=0\n");
                out.flush();
            }
            assertThat(commands).as("the server ends the garbled call instead of looping").isLessThan(20);
        }

        assertThat(node.call(DemoSeeder.DEMO_PHONE_NUMBER, "H").promptKeys()).startsWith("selfserve-greeting");
    }

    @Test
    void healthReadinessAndMetricsAnswer() {
        node.call(DemoSeeder.DEMO_PHONE_NUMBER, "H");

        assertThat(node.get("/health").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = node.get("/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"ledger\":\"UP\"", "\"fastagi\":\"UP\"");
        HttpResponse<String> metrics = node.get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("ledgerline_agi_command_seconds", "ledgerline_agi_calls_served",
                "ledgerline_agi_calls_active");
    }

    private static Account account(String number) {
        return node.server.ledger().accounts().findByAccountNumber(number).orElseThrow();
    }

    private static void assertNoMissingPrompts(CallTranscript call) {
        assertThat(call.entriesOf(TranscriptEntry.PromptPlayed.class)).noneMatch(TranscriptEntry.PromptPlayed::missing);
    }
}
