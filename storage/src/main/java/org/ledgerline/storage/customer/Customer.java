package org.ledgerline.storage.customer;

import java.time.ZoneId;
import java.util.List;

/** A customer of the business, the person or company who owes the invoices. */
public record Customer(
        long id,
        String name,
        String billingAddress,
        ZoneId timeZone,
        String language,
        List<String> phoneNumbers) {
    public Customer {
        phoneNumbers = List.copyOf(phoneNumbers);
    }
}
