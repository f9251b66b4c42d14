package org.ledgerline.ivr.compliance;

import java.util.Optional;

/** Port: the customer's address zone and state; empty when the ledger has no usable address. */
public interface CustomerLocations {

    Optional<CustomerAddress> addressOf(long customerId);
}
