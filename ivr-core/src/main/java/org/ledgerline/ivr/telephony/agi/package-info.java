/**
 * The FastAGI edge: {@link org.ledgerline.ivr.telephony.agi.FastAgiServer} accepts Asterisk's
 * connections (one virtual thread per call), {@link org.ledgerline.ivr.telephony.agi.CallScript}
 * turns each into a {@link org.ledgerline.ivr.call.CallSession} for the
 * {@link org.ledgerline.ivr.call.CallHandler}, and {@link org.ledgerline.ivr.telephony.agi.AgiCallChannel}
 * implements the channel port over AGI commands.
 *
 * <p>PCI: keyed digits only ever travel in AGI <em>replies</em>. Asterisk-Java 3.41.0 does not log
 * commands or replies ({@code FastAgiReader}, {@code FastAgiWriter} and {@code AgiChannelImpl} have no
 * log statements; its file trace only hooks client sockets such as AMI's). On top of that the server
 * reads the socket through our own {@link org.ledgerline.ivr.telephony.agi.AgiSocketConnection},
 * which has no logging or trace path at all, so raising {@code org.asteriskjava} to DEBUG or TRACE
 * cannot put a digit into a log. {@code AgiPciLoggingIT} holds this line.
 */
@NullMarked
package org.ledgerline.ivr.telephony.agi;

import org.jspecify.annotations.NullMarked;
