/**
 * What every call shares: the channel port ({@link org.ledgerline.ivr.call.CallChannel}) that
 * telephony adapters implement, the call session, digit collection specs, the typed channel
 * failures, the one way to reach a person ({@link org.ledgerline.ivr.call.PersonHandOff}) and the
 * {@link org.ledgerline.ivr.call.CallRunner} that routes each call to its flow, records it in the
 * ledger and ends it sensibly whatever goes wrong.
 */
@NullMarked
package org.ledgerline.ivr.call;

import org.jspecify.annotations.NullMarked;
