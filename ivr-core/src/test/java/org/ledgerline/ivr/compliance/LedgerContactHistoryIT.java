package org.ledgerline.ivr.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.NewCallAttempt;

/** The contact history the gate reads, from the demo ledger's {@code contact_attempts}. */
class LedgerContactHistoryIT {
    private static final Instant WEEK_AGO = DemoGateLedger.TODAY.minusDays(8).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static Ledger ledger;
    private static ContactHistory history;

    @BeforeAll
    static void open() {
        ledger = DemoGateLedger.open();
        history = new LedgerContactHistory(ledger.callAttempts());
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void theSevenCallsOfThisWeekArePlacedOutboundCallsThatCount() {
        long account = DemoGateLedger.accountId(ledger, "100038");

        assertThat(history.callsAbout(account, WEEK_AGO)).hasSize(7).allSatisfy(call -> {
            assertThat(call.accountId()).isEqualTo(account);
            assertThat(call.direction()).isEqualTo(ContactDirection.OUTBOUND);
            assertThat(call.countsAsPlacedCall()).isTrue();
            assertThat(call.phoneNumber()).isEqualTo("2125550141");
            assertThat(call.callId()).startsWith("seed-call-");
        }).extracting(ContactAttempt::disposition).contains(CallDisposition.NO_ANSWER, CallDisposition.LEFT_MESSAGE,
                CallDisposition.VOICEMAIL_NO_MESSAGE, CallDisposition.ANSWERED_NO_CONVERSATION);
    }

    @Test
    void aConversationKeepsItsMeaningAndADeniedCallIsNotInTheHistory() {
        assertThat(history.callsAbout(DemoGateLedger.accountId(ledger, "100039"), WEEK_AGO))
                .singleElement().satisfies(call -> assertThat(call.isConversation()).isTrue());
        // 100040's only call this fortnight was refused by the gate (do-not-call): never placed.
        assertThat(history.callsAbout(DemoGateLedger.accountId(ledger, "100040"), WEEK_AGO)).isEmpty();
    }

    @Test
    void aCallTheCustomerMadeIsInboundAndAConversationInItCounts() {
        long account = DemoGateLedger.accountId(ledger, "100045");
        Instant answered = WEEK_AGO.plusSeconds(86_400 * 3);
        ledger.callAttempts().record(NewCallAttempt.inbound("inbound-test-1/" + account, account, "6465550148", null,
                answered, AttemptDisposition.CONVERSATION));

        assertThat(history.callsAbout(account, WEEK_AGO)).filteredOn(call -> call.callId().startsWith("inbound-"))
                .singleElement().satisfies(call -> {
                    assertThat(call.direction()).isEqualTo(ContactDirection.INBOUND);
                    assertThat(call.countsAsPlacedCall()).isFalse();
                    assertThat(call.isConversation()).isTrue();
                    assertThat(call.at()).isEqualTo(answered);
                });
    }
}
