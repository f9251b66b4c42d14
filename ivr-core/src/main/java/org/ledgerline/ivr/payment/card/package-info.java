/**
 * Card data as the caller keys it, in types that are hard to leak: {@link
 * org.ledgerline.ivr.payment.card.CardNumber}, {@link org.ledgerline.ivr.payment.card.CardExpiry},
 * {@link org.ledgerline.ivr.payment.card.SecurityCode} and the {@link
 * org.ledgerline.ivr.payment.card.CardDetails} that holds one attempt's worth and wipes it on close.
 *
 * <p>The rules these types keep, so that card digits never reach a log line, a database row, an
 * exception message or a metric:
 * <ul>
 *   <li>digits live in {@code char[]} that {@code wipe()} zeroes, never in a {@code String} field;
 *   <li>{@code toString()} is masked (at most the brand and the last four digits);
 *   <li>a validation failure is an {@link org.ledgerline.ivr.payment.card.InvalidCardDataException}
 *       whose message names only a {@link org.ledgerline.ivr.payment.card.CardDataProblem}, never the
 *       value, and which never carries a cause (a {@code NumberFormatException} would quote the input);
 *   <li>nothing here parses digits with {@code Integer.parseInt} or builds strings from them.
 * </ul>
 * The keyed {@code String} the channel hands over cannot be wiped; a flow should parse it at once and
 * drop the reference.
 */
@NullMarked
package org.ledgerline.ivr.payment.card;

import org.jspecify.annotations.NullMarked;
