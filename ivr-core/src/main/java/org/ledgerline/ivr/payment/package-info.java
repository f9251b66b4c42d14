/**
 * Pay by phone, the domain side: the {@link org.ledgerline.ivr.payment.PaymentGateway} port and its
 * {@link org.ledgerline.ivr.payment.SandboxPaymentGateway}, the
 * {@link org.ledgerline.ivr.payment.CardChargeService} that resolves gateway timeouts without
 * charging twice, the {@link org.ledgerline.ivr.payment.AllocationPolicy} that splits a payment over
 * open invoices, and {@link org.ledgerline.ivr.payment.AmountEntry} for amounts keyed on a phone pad.
 * Card data types live in {@link org.ledgerline.ivr.payment.card}.
 *
 * <p>The call side: {@link org.ledgerline.ivr.payment.PayByPhoneFlow} (main-menu key 3 and "pay
 * this invoice" in the invoice list), the {@link org.ledgerline.ivr.payment.PaymentAmountChooser}
 * (what to pay, read back, confirmed), the {@link org.ledgerline.ivr.payment.CardPaymentTaker} (one
 * card attempt inside a confirmed {@link org.ledgerline.ivr.payment.RecordingPause}, via
 * {@link org.ledgerline.ivr.payment.CardCapture}), and the {@link
 * org.ledgerline.ivr.payment.PaymentPoster} that posts an approved charge to the ledger exactly once
 * or raises a reconciliation alert. Plain Java over the call ports and storage repositories: no
 * Vert.x, no telephony.
 *
 * <h2>Sandbox test cards</h2>
 * The {@link org.ledgerline.ivr.payment.SandboxPaymentGateway} answers deterministically per card
 * number ({@link org.ledgerline.ivr.payment.SandboxTestCard}). Use any expiry that is not in the past
 * and any security code of the brand's length (three digits, four for American Express).
 * <table>
 *   <caption>Sandbox test cards and what the gateway does with them</caption>
 *   <tr><th>Number</th><th>Brand</th><th>Outcome</th></tr>
 *   <tr><td>4111 1111 1111 1111</td><td>Visa</td><td>approved</td></tr>
 *   <tr><td>5555 5555 5555 4444</td><td>Mastercard</td><td>approved</td></tr>
 *   <tr><td>3782 822463 10005</td><td>American Express</td><td>approved</td></tr>
 *   <tr><td>6011 1111 1111 1117</td><td>Discover</td><td>approved</td></tr>
 *   <tr><td>4000 0000 0000 0002</td><td>Visa</td><td>declined: {@code DECLINED}</td></tr>
 *   <tr><td>4000 0000 0000 9995</td><td>Visa</td><td>declined: {@code INSUFFICIENT_FUNDS}</td></tr>
 *   <tr><td>4000 0000 0000 0069</td><td>Visa</td><td>declined: {@code EXPIRED_CARD}</td></tr>
 *   <tr><td>4000 0000 0000 0127</td><td>Visa</td><td>declined: {@code SECURITY_CODE_MISMATCH}</td></tr>
 *   <tr><td>4000 0000 0000 0101</td><td>Visa</td><td>authorize times out on the first call, but the
 *       approval happened: a lookup by idempotency key finds it, and the charge resolves as
 *       approved</td></tr>
 *   <tr><td>4000 0000 0000 0200</td><td>Visa</td><td>authorize times out and nothing happened: the
 *       lookup finds nothing, so the attempt resolves as not charged</td></tr>
 *   <tr><td>4000 0000 0000 0309</td><td>Visa</td><td>gateway unreachable: authorize and every lookup
 *       under its key time out, so the attempt resolves as unknown (not confirmed)</td></tr>
 *   <tr><td>4000 0000 0000 0408</td><td>Visa</td><td>approved; the first capture times out although
 *       the money was taken: the lookup shows it captured, so it resolves as approved</td></tr>
 *   <tr><td>any other valid number</td><td>any</td><td>declined: {@code INVALID_CARD}</td></tr>
 * </table>
 * The sandbox is idempotent by key (the same key sent twice returns the first result and moves
 * money once; reusing a key for a different amount or card is refused) and counts approved
 * authorizations and captures so tests can prove it.
 *
 * <h2>Prompt keys used here</h2>
 * Outcomes and validation problems name prompt keys for the catalog: {@code payment-approved},
 * {@code payment-not-taken}, {@code payment-not-confirmed}, {@code payment-declined*} (see
 * {@link org.ledgerline.ivr.payment.DeclineReason}), {@code payment-amount-*}, {@code payment-card-*},
 * {@code payment-security-code-invalid} and {@code card-brand-*}.
 */
@NullMarked
package org.ledgerline.ivr.payment;

import org.jspecify.annotations.NullMarked;
