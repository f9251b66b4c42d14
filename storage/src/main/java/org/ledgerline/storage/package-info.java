/**
 * The ledger's front door: {@link org.ledgerline.storage.Ledger} opens the connection pool, applies
 * the Flyway migrations and hands out the repositories. The sub-packages own one aggregate each
 * ({@code customer}, {@code account}, {@code invoice}, {@code call}, {@code audit}, {@code payment},
 * {@code promise}, {@code dispute}, {@code recording}, {@code alert}); {@code reference} makes the
 * numbers callers hear, {@code jdbc} owns the plumbing and {@code seed} the demo data. Plain Java
 * and JDBC: nothing here knows about Vert.x or telephony.
 */
@NullMarked
package org.ledgerline.storage;

import org.jspecify.annotations.NullMarked;
