package org.ledgerline.ivr.compliance;

import java.time.ZoneId;
import java.util.Set;

/**
 * Port: the time zones a phone number's area code covers. Most area codes lie in one zone; some span
 * two (the Florida panhandle, Arizona's Navajo Nation, Idaho, the Dakotas...), and then every zone is
 * returned. Empty when the area code is unknown: the gate then goes by the address alone.
 */
public interface PhoneNumberZones {

    Set<ZoneId> zonesOf(String phoneNumber);
}
