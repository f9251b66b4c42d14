package org.ledgerline.storage.contact;

import java.util.List;
import java.util.Optional;

/**
 * A customer's phone numbers with their type and area-code zones, and the state and zone of the
 * address (ivr-core's {@code CustomerLocations} port reads {@link #locationOf}).
 */
public interface ContactDetailsRepository {

    /** The customer's numbers in the order they were added. */
    List<CustomerPhone> phonesOf(long customerId);

    /**
     * Adds a number to the customer, or updates the type and zones of one it already has.
     *
     * @param phone digits only; zones are IANA ids
     */
    CustomerPhone savePhone(CustomerPhone phone);

    /**
     * The address's state and zone; empty when the customer is unknown or the address has no state
     * (then only the area code can place the customer).
     */
    Optional<CustomerLocation> locationOf(long customerId);

    /** Sets the two-letter state of the customer's address; false when there is no such customer. */
    boolean setAddressState(long customerId, String state);
}
