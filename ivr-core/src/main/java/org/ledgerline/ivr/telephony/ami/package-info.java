/**
 * The Asterisk Manager Interface side of telephony: one long-lived, logged-in AMI connection
 * ({@link org.ledgerline.ivr.telephony.ami.AmiConnection}, over Asterisk-Java's
 * {@code DefaultManagerConnection}) and the AMI adapter of the recording-control port ({@link
 * org.ledgerline.ivr.telephony.ami.AmiRecordingControl}, MixMonitorMute).
 *
 * <p>PCI: AMI can carry card digits (DTMFBegin/DTMFEnd events, AGIExec events echoing GET DATA
 * results). The connection therefore asks Asterisk for {@code call} events only, and this package
 * never logs raw AMI events or actions.
 */
@NullMarked
package org.ledgerline.ivr.telephony.ami;

import org.jspecify.annotations.NullMarked;
