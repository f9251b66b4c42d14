package org.ledgerline.ivr.testing;

import java.util.Optional;
import org.ledgerline.storage.customer.Customer;
import org.ledgerline.storage.customer.CustomerRepository;

/** Customers in memory. */
public final class InMemoryCustomerRepository implements CustomerRepository {
    private final InMemoryLedger ledger;

    InMemoryCustomerRepository(InMemoryLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Optional<Customer> findById(long customerId) {
        ledger.requireUp();
        return Optional.ofNullable(ledger.customers.get(customerId));
    }
}
