/**
 * The back office's people and machine clients: users and their {@link
 * org.ledgerline.storage.user.Role}s, the failed-sign-in counter and lock, server-side sessions
 * (stored as SHA-256 digests of their ids) and API tokens (stored as SHA-256 digests). Passwords
 * reach this package only as Argon2id hashes. Every sign-in, sign-out, user change and token change
 * is written to the audit log in the same transaction as the change.
 */
@NullMarked
package org.ledgerline.storage.user;

import org.jspecify.annotations.NullMarked;
