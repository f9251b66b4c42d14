package org.ledgerline.storage.jdbc;

/**
 * Runs several repository calls as one transaction: all of their writes land, or none do. Callers
 * outside storage (e.g. a dispute escalation that must queue its email with the status change) take
 * this port rather than the JDBC helper, so they can be tested over in-memory repositories.
 */
public interface Transactions {
    /**
     * Runs {@code work} in one transaction (joining the caller's, if any): committed if it returns,
     * rolled back if it throws.
     *
     * @param operation a few words naming the work, for error messages
     */
    <T> T inTransaction(String operation, TransactionWork<T> work);
}
