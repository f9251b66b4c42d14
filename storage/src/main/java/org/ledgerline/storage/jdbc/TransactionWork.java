package org.ledgerline.storage.jdbc;

/**
 * Work done inside {@link Jdbc#inTransaction}: usually a few repository calls that must land
 * together. Repositories throw the unchecked {@link StorageException} family, so no checked
 * exception crosses this boundary.
 */
@FunctionalInterface
public interface TransactionWork<T> {
    T run();
}
