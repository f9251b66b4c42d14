package org.ledgerline.ivr.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ledgerline.ivr.menu.SelfServeFixture.ALICE_ACCOUNT;
import static org.ledgerline.ivr.menu.SelfServeFixture.ALICE_PIN;
import static org.ledgerline.ivr.menu.SelfServeFixture.aliceByAccountNumber;

import ch.qos.logback.classic.Level;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.call.CallRunner;
import org.ledgerline.ivr.call.PersonHandOff;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.ivr.testing.LogCapture;
import org.ledgerline.storage.call.CallRecord;

/** Whole self-serve calls through the call runner, as the FastAGI adapter runs them. */
class SelfServeCallTest {
    private final SelfServeFixture fixture = new SelfServeFixture();
    private final CallRunner runner = new CallRunner(
            List.of(fixture.flow), fixture.ledger.calls(), new PersonHandOff(fixture.settings.person()), fixture.clock);

    private CallRecord call(String callId, FakeCallChannel channel) {
        runner.handle(SelfServeFlow.NAME, fixture.session(callId, "", channel));
        fixture.ledger.comeBack();
        return fixture.ledger.calls().findById(callId).orElseThrow();
    }

    @Test
    void recordsACompletedCallWithTheIdentifiedAccount() {
        CallRecord record = call("c1", aliceByAccountNumber().press("1").press("*"));

        assertThat(record.outcome()).isEqualTo("completed");
        assertThat(record.accountId()).isEqualTo(fixture.aliceAccount.id());
        assertThat(record.flow()).isEqualTo("selfserve");
    }

    @Test
    void recordsAHangUpAfterIdentificationWithTheAccount() {
        CallRecord record = call("c1", aliceByAccountNumber().press("2").hangUp());

        assertThat(record.outcome()).isEqualTo("caller-hung-up");
        assertThat(record.accountId()).isEqualTo(fixture.aliceAccount.id());
        assertThat(record.endedAt()).isNotNull();
    }

    @Test
    void apologisesAndTransfersWhenTheLedgerGoesDownAfterIdentification() {
        FakeCallChannel channel = aliceByAccountNumber().press("1").onPrompt("menu-main-intro", fixture.ledger::goDown);

        try (LogCapture log = LogCapture.of(CallRunner.class)) {
            runner.handle(SelfServeFlow.NAME, fixture.session("c1", "", channel));

            assertThat(log.at(Level.WARN)).isNotEmpty();
            assertThat(log.at(Level.ERROR)).isEmpty();
        }
        assertThat(channel.heard()).endsWith("menu-main-navigation", "call-ledger-unavailable",
                "call-transfer-to-person");
        assertThat(channel.transferredTo()).contains("ledgerline-agents,s,1");
    }

    @Test
    void apologisesAndTransfersWhenTheLedgerIsDownBeforeIdentification() {
        fixture.ledger.goDown();
        FakeCallChannel channel = new FakeCallChannel().press(ALICE_ACCOUNT + "#").press(ALICE_PIN + "#");

        runner.handle(SelfServeFlow.NAME, fixture.session("c1", "5551234", channel));

        // The runner cannot record the call's start, so it apologises before the flow greets the caller.
        assertThat(channel.heard()).containsExactly("call-ledger-unavailable", "call-transfer-to-person");
        assertThat(channel.transferredTo()).isPresent();
    }

    @Test
    void recordsATransferToAPerson() {
        assertThat(call("c1", aliceByAccountNumber().press("0")).outcome()).isEqualTo("transferred");
    }
}
