package org.ledgerline.ivr.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;

/** The demo customers' flags, with who set and cleared them, as the gate reads them. */
class LedgerCustomerFlagsIT {
    private static final Instant NOW = DemoGateLedger.TODAY.atTime(18, 0).toInstant(ZoneOffset.UTC);
    private static Ledger ledger;
    private static CustomerFlags flags;

    @BeforeAll
    static void open() {
        ledger = DemoGateLedger.open();
        flags = new LedgerCustomerFlags(ledger.flags());
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void aDoNotCallFlagStopsCallsToEveryNumberOfTheCustomer() {
        assertThat(flags.flagsOf(DemoGateLedger.customerId(ledger, "100040"))).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.DO_NOT_CALL);
            assertThat(flag.setBy()).isEqualTo("collector1");
            assertThat(flag.phoneNumber()).isEmpty();
            assertThat(flag.stopsCallTo("3035550143", NOW)).isTrue();
        });
    }

    @Test
    void aWrongNumberFlagStopsOnlyThatNumber() {
        assertThat(flags.flagsOf(DemoGateLedger.customerId(ledger, "100042"))).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.WRONG_NUMBER);
            assertThat(flag.phoneNumber()).contains("2135550159");
            assertThat(flag.stopsCallTo("2135550159", NOW)).isTrue();
            assertThat(flag.stopsCallTo("2135550145", NOW)).isFalse();
        });
    }

    @Test
    void aClearedFlagStaysAsHistoryAndStopsNothing() {
        assertThat(flags.flagsOf(DemoGateLedger.customerId(ledger, "100044"))).singleElement().satisfies(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.CEASE_COMMUNICATION);
            assertThat(flag.clearedBy()).isEqualTo(Optional.of("manager"));
            assertThat(flag.clearedAt()).isPresent();
            assertThat(flag.stopsCallTo("8085550147", NOW)).isFalse();
        });
        assertThat(flags.flagsOf(DemoGateLedger.customerId(ledger, "100043")))
                .extracting(CustomerFlag::kind).containsExactly(FlagKind.ATTORNEY_REPRESENTED);
    }
}
