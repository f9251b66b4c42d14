/**
 * The call-control port: what a feature (click-to-dial, the collector's desk, call records) needs
 * from the switch to place and follow a call, without knowing that the switch is Asterisk. It owns
 * {@link org.ledgerline.ivr.call.control.CallControl} (originate, hang up, watch a call), the
 * originate request and result, the call's progress phases and the typed failure, and {@link
 * org.ledgerline.ivr.call.control.CallActivityFeed} (every call's progress and dialplan variables). {@code
 * telephony.ami} implements it over the Asterisk Manager Interface.
 */
@NullMarked
package org.ledgerline.ivr.call.control;

import org.jspecify.annotations.NullMarked;
