/**
 * The account feature: who is calling ({@link org.ledgerline.ivr.account.CallerIdentification},
 * caller ID pre-selection plus PIN, lockout across calls through the ledger), the account rules
 * behind it ({@link org.ledgerline.ivr.account.AccountService}), what the customer owes ({@link
 * org.ledgerline.ivr.account.BalanceSummary}) and how balances and invoices are spoken ({@link
 * org.ledgerline.ivr.account.AccountSpeech}).
 */
@NullMarked
package org.ledgerline.ivr.account;

import org.jspecify.annotations.NullMarked;
