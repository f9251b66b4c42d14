/**
 * Spoken promises against the ledger: for the calls of a period, which promises to pay were said
 * (transcript segments flagged as spoken promises) but never logged, which were logged but never said,
 * and which were both but disagree on the amount or the date. Read-only; plain JDBC.
 */
@NullMarked
package org.ledgerline.storage.reconciliation;

import org.jspecify.annotations.NullMarked;
