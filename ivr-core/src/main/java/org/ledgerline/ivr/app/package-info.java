/**
 * Start-up and wiring: the {@code ledgerline} command ({@link org.ledgerline.ivr.app.Main}), one
 * running node ({@link org.ledgerline.ivr.app.LedgerLineServer}: ledger, FastAGI, AMI, HTTP, mailer,
 * settlement job, brought up in dependency order and closed in reverse) and
 * {@link org.ledgerline.ivr.app.CallWiring}, the one place that builds the flows and hands them their
 * adapters. Nothing imports this package.
 */
@NullMarked
package org.ledgerline.ivr.app;

import org.jspecify.annotations.NullMarked;
