/**
 * Ledger plumbing: the pooled {@link javax.sql.DataSource}, Flyway migrations, transactions, the
 * embedded PostgreSQL used by default and in tests, and the typed {@link
 * org.ledgerline.storage.jdbc.StorageException} family every repository throws.
 */
@NullMarked
package org.ledgerline.storage.jdbc;

import org.jspecify.annotations.NullMarked;
