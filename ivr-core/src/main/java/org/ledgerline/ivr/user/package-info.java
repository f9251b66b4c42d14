/**
 * The back office's people: who may sign in ({@link org.ledgerline.ivr.user.SignInService}), how
 * passwords are judged and hashed ({@link org.ledgerline.ivr.user.PasswordPolicy}, the {@link
 * org.ledgerline.ivr.user.PasswordHasher} port and its Argon2id adapter), server-side sessions
 * ({@link org.ledgerline.ivr.user.SessionService}), API tokens for machine clients and user
 * administration. Plain Java: the HTTP layer and the command line call it; it knows neither.
 */
@NullMarked
package org.ledgerline.ivr.user;

import org.jspecify.annotations.NullMarked;
