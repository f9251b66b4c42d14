/**
 * Demo data for a fresh ledger, so the IVR has someone to talk about on first start. Deterministic
 * and idempotent; its public constants are the identities the README documents.
 */
@NullMarked
package org.ledgerline.storage.seed;

import org.jspecify.annotations.NullMarked;
