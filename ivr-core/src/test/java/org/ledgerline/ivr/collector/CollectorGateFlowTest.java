package org.ledgerline.ivr.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ledgerline.ivr.call.CallSession;
import org.ledgerline.ivr.compliance.CallDisposition;
import org.ledgerline.ivr.compliance.CustomerFlag;
import org.ledgerline.ivr.compliance.FlagKind;
import org.ledgerline.ivr.compliance.InconvenientTime;
import org.ledgerline.ivr.testing.FakeCallChannel;
import org.ledgerline.ivr.testing.TestClock;
import org.ledgerline.storage.audit.AuditEntry;

/** The collector gate over a fake channel and in-memory ports: what the dialplan is told, what the collector hears, what is audited. */
class CollectorGateFlowTest {
    /** 12:00 in New York, 09:00 in Los Angeles: inside the calling hours everywhere in the 48 states. */
    private static final Instant NOON_IN_NEW_YORK = Instant.parse("2026-07-15T16:00:00Z");
    private static final String CHANNEL = "PJSIP/2001-00000007";
    private static final String NUMBER = "2125550100";

    private final TestClock clock = new TestClock(NOON_IN_NEW_YORK, ZoneOffset.UTC);
    private final InMemoryCollectorPorts ports = new InMemoryCollectorPorts(clock)
            .collector("ana", "PJSIP/2001", "2001")
            .customer(1, 10, NUMBER, "NY", "America/New_York")
            .customer(2, 20, "3105550100", "CA", "America/Los_Angeles");
    private final FakeCallChannel channel = new FakeCallChannel();

    private void dial(String channelName, String callerId, String dialled) {
        CallSession session = new CallSession("1795510179.7", callerId, channelName, channel, clock.instant(), dialled,
                List.of(dialled));
        ports.flow(true, clock).handle(session);
    }

    private List<AuditEntry> audited(String subjectType, String subjectId) {
        return ports.ledger.auditLog().findBySubject(subjectType, subjectId);
    }

    @Test
    void anAllowedCallTellsTheDialplanToRecordAnnounceAndDialTheNormalisedNumber() {
        dial(CHANNEL, "2001", "+1 (212) 555-0100");

        assertThat(channel.variablesSet()).containsExactly("LEDGERLINE_GATE=DENY",
                "LEDGERLINE_CALL_REF=collector-1795510179-7", "LEDGERLINE_GATE_REASON=", "LEDGERLINE_ANNOUNCE=1",
                "LEDGERLINE_ACCOUNT=10", "LEDGERLINE_DIAL_NUMBER=" + NUMBER, "LEDGERLINE_GATE=ALLOW");
        assertThat(channel.heard()).isEmpty();
        assertThat(audited("account", "10")).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("ana");
            assertThat(entry.action()).isEqualTo("collector-call-allowed");
            assertThat(entry.callId()).isEqualTo("1795510179.7");
            assertThat(entry.detail()).startsWith("ALLOW; device PJSIP/2001; dialled " + NUMBER)
                    .contains("customer 1 account 10", "the business announces every call", "CALL_FREQUENCY=passed",
                            "CALLING_HOURS=passed", "local time America/New_York=2026-07-15T12:00-04:00");
        });
    }

    @ParameterizedTest
    @EnumSource(value = FlagKind.class, mode = EnumSource.Mode.EXCLUDE, names = "WRONG_NUMBER")
    void aFlaggedCustomerIsRefusedAndTheCollectorHearsTheFlag(FlagKind kind) {
        ports.flag(1, CustomerFlag.set(kind, "bo-admin", NOON_IN_NEW_YORK.minus(Duration.ofDays(3)), "note"));

        dial(CHANNEL, "2001", NUMBER);

        assertDenied(kind.reason().name());
        assertThat(channel.heard()).containsExactly("collector-gate-not-placed",
                GatePrompts.reasonKey(kind.reason().name()));
        assertThat(audited("account", "10")).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("collector-call-denied");
            assertThat(entry.detail()).startsWith("DENY " + kind.reason().name())
                    .contains(kind + " set by bo-admin");
        });
    }

    @Test
    void aWrongNumberFlagStopsOnlyThatNumber() {
        ports.flag(1, CustomerFlag.wrongNumber(NUMBER, "ana", NOON_IN_NEW_YORK.minus(Duration.ofDays(1)), "a shop"));

        dial(CHANNEL, "2001", NUMBER);

        assertDenied("WRONG_NUMBER");
        assertThat(channel.heard()).containsExactly("collector-gate-not-placed",
                "collector-gate-reason-wrong-number");
    }

    @Test
    void beforeEightInTheMorningTheCollectorHearsWhenTheCallMayBePlacedInTheCustomersTime() {
        clock.advance(Duration.ofHours(-5).minusMinutes(10));
        // 06:50 in New York; the call opens at 08:00 New York time.

        dial(CHANNEL, "2001", NUMBER);

        assertDenied("OUTSIDE_CALLING_HOURS");
        List<String> expected = new ArrayList<>(List.of("collector-gate-not-placed",
                "collector-gate-reason-outside-calling-hours", "collector-gate-next-allowed"));
        expected.addAll(InMemoryCollectorPorts.SAY.date(LocalDate.of(2026, 7, 15)).keys());
        expected.add("collector-gate-at");
        expected.addAll(InMemoryCollectorPorts.SAY.number(8).keys());
        expected.addAll(List.of("time-am", "collector-gate-customer-time"));
        assertThat(channel.heard()).containsExactlyElementsOf(expected);
        assertThat(audited("account", "10")).singleElement().extracting(AuditEntry::detail).asString()
                .contains("next allowed 2026-07-15T12:00:00Z");
    }

    @Test
    void theEighthCallInSevenDaysIsRefused() {
        for (int day = 0; day < 7; day++) {
            ports.called(10, CallDisposition.NO_ANSWER,
                    NOON_IN_NEW_YORK.minus(Duration.ofDays(day)).minusSeconds(3600));
        }

        dial(CHANNEL, "2001", NUMBER);

        assertDenied("TOO_MANY_CALLS");
        assertThat(channel.heard()).startsWith("collector-gate-not-placed", "collector-gate-reason-too-many-calls",
                "collector-gate-next-allowed");
    }

    @Test
    void aConversationThreeDaysAgoRefusesTheCall() {
        ports.called(10, CallDisposition.CONVERSATION, NOON_IN_NEW_YORK.minus(Duration.ofDays(3)));

        dial(CHANNEL, "2001", NUMBER);

        assertDenied("RECENT_CONVERSATION");
        assertThat(channel.heard()).startsWith("collector-gate-not-placed",
                "collector-gate-reason-recent-conversation");
    }

    @Test
    void aTimeTheCustomerSaidIsInconvenientIsHonoured() {
        ports.said(1, InconvenientTime.notAfter(LocalTime.of(11, 0), "ana"));

        dial(CHANNEL, "2001", NUMBER);

        assertDenied("CUSTOMER_INCONVENIENT_TIME");
        assertThat(channel.heard()).startsWith("collector-gate-not-placed",
                "collector-gate-reason-customer-inconvenient-time");
    }

    @Test
    void aPhoneThatBelongsToNoCollectorIsRefusedAndAuditedAsUnknown() {
        dial("PJSIP/2999-0000000a", "2999", NUMBER);

        assertDenied("UNKNOWN_COLLECTOR");
        assertThat(channel.variables()).containsEntry("LEDGERLINE_ACCOUNT", "");
        assertThat(channel.heard()).containsExactly("collector-gate-not-placed",
                "collector-gate-reason-unknown-collector");
        assertThat(audited("phone-number", NUMBER)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("unknown-collector");
            assertThat(entry.detail()).startsWith("DENY UNKNOWN_COLLECTOR; device PJSIP/2999");
        });
    }

    @Test
    void aPhoneOnFileForTwoCollectorsIsRefusedAsAmbiguousAndBookedToNobody() {
        ports.sharedEndpoint("PJSIP/2005");

        dial("PJSIP/2005-0000000c", "2001", NUMBER);

        assertThat(channel.variables()).containsEntry("LEDGERLINE_GATE", "DENY")
                .containsEntry("LEDGERLINE_GATE_REASON", "AMBIGUOUS_COLLECTOR")
                .containsEntry("LEDGERLINE_DIAL_NUMBER", "");
        assertThat(channel.heard()).containsExactly("collector-gate-not-placed",
                "collector-gate-reason-ambiguous-collector");
        assertThat(audited("phone-number", NUMBER)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("unknown-collector");
            assertThat(entry.detail()).startsWith("DENY AMBIGUOUS_COLLECTOR; device PJSIP/2005")
                    .contains("endpoint PJSIP/2005 belongs to more than one active collector");
        });
    }

    @Test
    void aCollectorIsRecognisedByCallerIdWhenTheDeviceIsNotKnown() {
        dial("PJSIP/softphone-0000000b", "2001", NUMBER);

        assertThat(channel.variables()).containsEntry("LEDGERLINE_GATE", "ALLOW");
        assertThat(audited("account", "10")).singleElement().extracting(AuditEntry::actor).isEqualTo("ana");
    }

    @Test
    void aNumberThatIsNoCustomersIsRefused() {
        dial(CHANNEL, "2001", "2125550199");

        assertDenied("UNKNOWN_NUMBER");
        assertThat(channel.heard()).containsExactly("collector-gate-not-placed",
                "collector-gate-reason-unknown-number");
        assertThat(audited("phone-number", "2125550199")).hasSize(1);
    }

    @Test
    void aNumberThatIsNotATenDigitUsNumberIsRefused() {
        dial(CHANNEL, "2001", "911");

        assertDenied("UNKNOWN_NUMBER");
    }

    @Test
    void aClickToDialAccountIsUsedWhenTheNumberIsTheAccountHolders() {
        channel.withVariable("LEDGERLINE_ACCOUNT", "20");

        dial(CHANNEL, "2001", "3105550100");

        assertThat(channel.variables()).containsEntry("LEDGERLINE_GATE", "ALLOW")
                .containsEntry("LEDGERLINE_ACCOUNT", "20").containsEntry("LEDGERLINE_DIAL_NUMBER", "3105550100");
    }

    @Test
    void aClickToDialAccountWhoseHolderDoesNotHaveTheNumberIsRefused() {
        channel.withVariable("LEDGERLINE_ACCOUNT", "20");

        dial(CHANNEL, "2001", NUMBER);

        assertDenied("UNKNOWN_ACCOUNT");
        assertThat(channel.heard()).containsExactly("collector-gate-not-placed",
                "collector-gate-reason-unknown-account");
        assertThat(audited("phone-number", NUMBER)).singleElement().extracting(AuditEntry::detail).asString()
                .startsWith("DENY UNKNOWN_ACCOUNT").endsWith("rules click-to-dial account 20");
    }

    @Test
    void theAnnouncementFollowsTheConsentTableWhenNotEveryCallIsAnnounced() {
        CallSession newYork = new CallSession("1.1", "2001", CHANNEL, channel, clock.instant(), NUMBER,
                List.of(NUMBER));
        ports.flow(false, clock).handle(newYork);
        FakeCallChannel california = new FakeCallChannel();
        ports.flow(false, clock).handle(new CallSession("1.2", "2001", CHANNEL, california, clock.instant(),
                "3105550100", List.of("3105550100")));

        assertThat(channel.variables()).containsEntry("LEDGERLINE_ANNOUNCE", "0");
        assertThat(california.variables()).containsEntry("LEDGERLINE_ANNOUNCE", "1");
        assertThat(audited("account", "20")).singleElement().extracting(AuditEntry::detail).asString()
                .contains("CA requires all-party consent");
    }

    @Test
    void aLedgerFailureDuringTheCheckRefusesTheCallInsteadOfAllowingIt() {
        ports.historyUnavailable();

        dial(CHANNEL, "2001", NUMBER);

        assertDenied("CHECK_FAILED");
        assertThat(channel.heard()).containsExactly("collector-gate-not-placed",
                "collector-gate-reason-check-failed");
        assertThat(audited("account", "10")).isEmpty();
        assertThat(audited("phone-number", NUMBER)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("collector-call-denied");
            assertThat(entry.actor()).isEqualTo("ana");
        });
    }

    @Test
    void aDecisionThatCannotBeAuditedIsNeverAllowed() {
        ports.ledger.goDown();

        dial(CHANNEL, "2001", NUMBER);

        assertDenied("CHECK_FAILED");
    }

    @Test
    void theEndpointIsTheChannelNameWithoutAsterisksSequenceSuffix() {
        assertThat(CollectorGateFlow.endpointOf("PJSIP/2001-00000007")).isEqualTo("PJSIP/2001");
        assertThat(CollectorGateFlow.endpointOf("PJSIP/desk-2-0000a1b2")).isEqualTo("PJSIP/desk-2");
        assertThat(CollectorGateFlow.endpointOf("Local/2001@phones")).isEqualTo("Local/2001@phones");
    }

    private void assertDenied(String reason) {
        assertThat(channel.variablesSet()).first().isEqualTo("LEDGERLINE_GATE=DENY");
        assertThat(channel.variablesSet()).doesNotContain("LEDGERLINE_GATE=ALLOW");
        assertThat(channel.variables()).containsEntry("LEDGERLINE_GATE", "DENY")
                .containsEntry("LEDGERLINE_GATE_REASON", reason).containsEntry("LEDGERLINE_DIAL_NUMBER", "");
    }
}
