/**
 * The collectors' work: which back-office user works which account ({@code collector_assignments},
 * history kept when an account changes hands), the record of each collector call with the gate's
 * decision and the Asterisk ids it came from ({@code collector_calls}), and its recordings per leg
 * ({@code call_recordings}), queued for transcription. Writes a retry could double are exactly once:
 * the call record by its idempotency key, a recording by its call and leg.
 */
@NullMarked
package org.ledgerline.storage.collector;

import org.jspecify.annotations.NullMarked;
