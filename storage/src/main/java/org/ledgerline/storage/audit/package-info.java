/**
 * The append-only audit log: who did what to which account, invoice or call. The table's trigger
 * refuses UPDATE, DELETE and TRUNCATE, so history can only grow.
 */
@NullMarked
package org.ledgerline.storage.audit;

import org.jspecify.annotations.NullMarked;
