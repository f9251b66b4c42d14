package org.ledgerline.ivr.compliance;

import java.util.Optional;
import org.ledgerline.storage.contact.ContactDetailsRepository;

/**
 * {@link CustomerLocations} over the ledger: the address's state and the customer's time zone. A
 * customer without a state on the address has no location here; the gate then places the customer
 * by the area code alone.
 */
public final class LedgerCustomerLocations implements CustomerLocations {
    private final ContactDetailsRepository details;

    public LedgerCustomerLocations(ContactDetailsRepository details) {
        this.details = details;
    }

    @Override
    public Optional<CustomerAddress> addressOf(long customerId) {
        return details.locationOf(customerId).map(location -> new CustomerAddress(location.state(), location.zone()));
    }
}
