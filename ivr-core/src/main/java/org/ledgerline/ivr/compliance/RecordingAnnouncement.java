package org.ledgerline.ivr.compliance;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether the customer hears "this call is recorded" before the conversation. Always when the business
 * announces every call ({@code announceEveryCall}, the default); otherwise when any state the customer
 * may be in is an all-party-consent state: the address's state, and the states the dialled number's
 * area code serves (a California mobile number with a New York address is announced). A customer whose
 * state we cannot tell at all is announced to: silence is only safe when we know it is.
 *
 * <p>Not covered here: the collector's own state (an office in an all-party state) and the federal
 * one-party rule (18 U.S.C. 2511(2)(d)), which the all-party states tighten.
 */
public final class RecordingAnnouncement {
    private final boolean announceEveryCall;
    private final AllPartyConsentStates consentStates;
    private final AreaCodeZones areaCodes;

    public RecordingAnnouncement(boolean announceEveryCall, AllPartyConsentStates consentStates,
            AreaCodeZones areaCodes) {
        this.announceEveryCall = announceEveryCall;
        this.consentStates = consentStates;
        this.areaCodes = areaCodes;
    }

    /** The default: announce every call, with the shipped tables loaded for when the setting is turned off. */
    public static RecordingAnnouncement defaults() {
        return new RecordingAnnouncement(true, AllPartyConsentStates.load(), AreaCodeZones.load());
    }

    /** The decision and its reason, for the call record. */
    public record Decision(boolean announce, String why) {}

    public Decision decide(Optional<String> addressState, String dialledNumber) {
        if (announceEveryCall) {
            return new Decision(true, "the business announces every call");
        }
        Set<String> states = new TreeSet<>(areaCodes.statesOf(dialledNumber));
        addressState.ifPresent(states::add);
        if (states.isEmpty()) {
            return new Decision(true, "the customer's state is unknown");
        }
        for (String state : states) {
            Optional<AllPartyConsentStates.ConsentState> consent = consentStates.lookUp(state);
            if (consent.isPresent()) {
                return new Decision(true, state + " requires all-party consent (" + consent.get().rule() + ", "
                        + consent.get().source() + ")");
            }
        }
        return new Decision(false, "no all-party-consent state among " + states);
    }
}
