package org.ledgerline.storage.contact;

import java.util.List;

/**
 * One of a customer's phone numbers.
 *
 * @param phoneNumber digits only
 * @param areaCodeZones IANA zones of the number's area code, several where the area code spans
 *     zones; empty when unknown
 */
public record CustomerPhone(long customerId, String phoneNumber, PhoneType type, List<String> areaCodeZones) {

    public CustomerPhone {
        areaCodeZones = List.copyOf(areaCodeZones);
    }
}
