/**
 * The Asterisk Manager Interface side of telephony: one long-lived, logged-in AMI connection
 * ({@link org.ledgerline.ivr.telephony.ami.AmiConnection}, over Asterisk-Java's
 * {@code DefaultManagerConnection}) whose events leave Asterisk-Java's dispatch thread through a
 * bounded queue ({@code AmiEventHandOff}); the AMI adapter of the recording-control port ({@link
 * org.ledgerline.ivr.telephony.ami.AmiRecordingControl}, MixMonitorMute); and the AMI adapter of
 * the call-control port ({@link org.ledgerline.ivr.telephony.ami.AmiCallControl}: Originate,
 * Hangup) with the live channel registry built from call events and resynchronised from
 * CoreShowChannels after every login ({@link org.ledgerline.ivr.telephony.ami.ChannelRegistry}),
 * and the call activity feed over it ({@link org.ledgerline.ivr.telephony.ami.AmiCallActivityFeed}:
 * every call's progress, and the dialplan's LEDGERLINE_* variables read by Getvar when MixMonitor
 * starts, since VarSet events would need the {@code dialplan} read class).
 *
 * <p>PCI: AMI can carry card digits (DTMFBegin/DTMFEnd events, AGIExec events echoing GET DATA
 * results). The connection therefore asks Asterisk for {@code call} events only, and this package
 * never logs raw AMI events or actions.
 */
@NullMarked
package org.ledgerline.ivr.telephony.ami;

import org.jspecify.annotations.NullMarked;
