package org.ledgerline.storage.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.testing.LedgerRows;
import org.ledgerline.storage.testing.TestLedgers;

class JdbcContactDetailsRepositoryIT {
    private Ledger ledger;
    private ContactDetailsRepository details;
    private long customer;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.newLedger();
        details = ledger.contactDetails();
        customer = new LedgerRows(ledger).customer("Acme", "America/Phoenix", "5551001");
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void aNumberAddedBeforeTypesExistedIsAnOtherNumberInNoKnownZone() {
        assertThat(details.phonesOf(customer)).containsExactly(new CustomerPhone(customer, "5551001", PhoneType.OTHER,
                List.of()));
    }

    @Test
    void savingANumberAddsItOrUpdatesItsTypeAndAreaCodeZones() {
        details.savePhone(new CustomerPhone(customer, "6465550108", PhoneType.WORK, List.of()));
        CustomerPhone updated = details.savePhone(new CustomerPhone(customer, "6465550108", PhoneType.MOBILE,
                List.of("America/New_York")));
        CustomerPhone split = details.savePhone(new CustomerPhone(customer, "8505550100", PhoneType.HOME,
                List.of("America/Chicago", "America/New_York")));

        assertThat(details.phonesOf(customer)).extracting(CustomerPhone::phoneNumber)
                .containsExactly("5551001", "6465550108", "8505550100");
        assertThat(updated.type()).isEqualTo(PhoneType.MOBILE);
        assertThat(split.areaCodeZones()).containsExactly("America/Chicago", "America/New_York");
        assertThatThrownBy(() -> details.savePhone(new CustomerPhone(customer, "6025550100", PhoneType.HOME,
                List.of("Mars/Olympus_Mons")))).isInstanceOf(StorageException.class);
    }

    @Test
    void theLocationNeedsTheAddressStateAndGivesTheAddressZone() {
        assertThat(details.locationOf(customer)).as("the test customer's address has no state yet").isEmpty();

        assertThat(details.setAddressState(customer, "AZ")).isTrue();

        assertThat(details.locationOf(customer)).contains(new CustomerLocation(customer, "AZ",
                ZoneId.of("America/Phoenix")));
        assertThat(details.setAddressState(customer + 1, "AZ")).isFalse();
        assertThatThrownBy(() -> details.setAddressState(customer, "Arizona")).isInstanceOf(StorageException.class);
    }
}
