package org.ledgerline.storage.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcCustomerRepositoryIT {
    private Ledger ledger;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void readsACustomerWithZoneLanguageAndPhoneNumbers() {
        long id = new LedgerRows(ledger).customer("Granite Paper LLC", "America/Indiana/Indianapolis", "5551001",
                "3175550100");

        Customer customer = ledger.customers().findById(id).orElseThrow();

        assertThat(customer.name()).isEqualTo("Granite Paper LLC");
        assertThat(customer.timeZone()).isEqualTo(ZoneId.of("America/Indiana/Indianapolis"));
        assertThat(customer.language()).isEqualTo("en");
        assertThat(customer.billingAddress()).isNotBlank();
        assertThat(customer.phoneNumbers()).containsExactly("5551001", "3175550100");
    }

    @Test
    void aCustomerWithoutPhoneNumbersHasAnEmptyList() {
        long id = new LedgerRows(ledger).customer("Quiet Co.", "Pacific/Honolulu");

        assertThat(ledger.customers().findById(id).orElseThrow().phoneNumbers()).isEmpty();
    }

    @Test
    void anUnknownCustomerIsEmpty() {
        assertThat(ledger.customers().findById(424242)).isEmpty();
    }
}
