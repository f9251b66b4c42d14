/**
 * Reusable test fixtures for anything that needs a real ledger: {@link
 * org.ledgerline.storage.testing.TestLedgers} (one embedded PostgreSQL per JVM, a fresh database
 * per ledger) and {@link org.ledgerline.storage.testing.LedgerRows} (insert test rows). Shipped in
 * the storage test-jar for ivr-core's integration tests.
 */
package org.ledgerline.storage.testing;
