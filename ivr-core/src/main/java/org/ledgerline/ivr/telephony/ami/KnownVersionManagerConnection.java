package org.ledgerline.ivr.telephony.ami;

import org.asteriskjava.AsteriskVersion;
import org.asteriskjava.manager.internal.ManagerConnectionImpl;

/**
 * Asterisk-Java's manager connection (what {@code DefaultManagerConnection} delegates to) without
 * its version probe. After every login Asterisk-Java asks for the Asterisk version with {@code
 * CoreSettings} (refused while still logging in) and {@code Command: core show version}, which
 * needs the {@code command} write class: a CLI on the switch that LedgerLine's least-privilege
 * user must not have. Refused, it retries four times 500 ms apart, so every login and reconnect
 * took two seconds longer and ended with an ERROR "Unable to determine asterisk version ... you
 * should expect problems". The version only changes how actions are written for Asterisk 1.2 and
 * older, so the supported release is stated instead of probed.
 */
final class KnownVersionManagerConnection extends ManagerConnectionImpl {
    /** The Asterisk release LedgerLine is built and measured against (see FINDINGS.md). */
    static final AsteriskVersion SUPPORTED_VERSION = AsteriskVersion.ASTERISK_20;

    @Override
    protected AsteriskVersion determineVersion() {
        return SUPPORTED_VERSION;
    }
}
