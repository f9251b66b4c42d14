package org.ledgerline.storage.customer;

import java.util.Optional;

/** Reads customers. */
public interface CustomerRepository {
    Optional<Customer> findById(long customerId);
}
