package org.ledgerline.ivr.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.LedgerRows;

/** The customer's address state and zone, from the ledger's customers. */
class LedgerCustomerLocationsIT {
    private static Ledger ledger;
    private static CustomerLocations locations;

    @BeforeAll
    static void open() {
        ledger = DemoGateLedger.open();
        locations = new LedgerCustomerLocations(ledger.contactDetails());
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    @Test
    void theAddressGivesTheStateAndTheZone() {
        assertThat(locations.addressOf(DemoGateLedger.customerId(ledger, "100043")))
                .contains(new CustomerAddress("AK", ZoneId.of("America/Anchorage")));
        assertThat(locations.addressOf(DemoGateLedger.customerId(ledger, "100044")))
                .contains(new CustomerAddress("HI", ZoneId.of("Pacific/Honolulu")));
    }

    @Test
    void aCustomerWithoutAStateOnTheAddressOrNoCustomerAtAllHasNoLocation() {
        long stateless = new LedgerRows(ledger).customer("No State Ltd", "America/Chicago", "3125550199");

        assertThat(locations.addressOf(stateless)).isEmpty();
        assertThat(locations.addressOf(987_654_321L)).isEmpty();
    }
}
