package org.ledgerline.ivr.menu;

import org.ledgerline.ivr.account.IdentificationSettings;
import org.ledgerline.ivr.call.DialplanDestination;

/**
 * Everything the self-serve line is tuned by; built by the application from its configuration.
 *
 * @param identification account number, PIN, tries and lockout
 * @param menu choice timeout and attempts
 * @param person where "a person" is in the dialplan
 */
public record SelfServeSettings(IdentificationSettings identification, MenuSettings menu, DialplanDestination person) {

    /** The documented defaults, with the person at {@code ledgerline-agents,s,1}. */
    public static SelfServeSettings defaults() {
        return new SelfServeSettings(
                IdentificationSettings.defaults(), MenuSettings.defaults(),
                DialplanDestination.parse("ledgerline-agents,s,1"));
    }
}
