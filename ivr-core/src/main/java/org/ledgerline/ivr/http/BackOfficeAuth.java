package org.ledgerline.ivr.http;

import org.ledgerline.ivr.user.ApiTokenService;
import org.ledgerline.ivr.user.SessionService;
import org.ledgerline.ivr.user.SignInService;
import org.ledgerline.ivr.user.UserAdministration;

/**
 * What the HTTP layer needs to know who is asking: sign-in, sessions, API tokens and user
 * administration, plus whether the session cookie is marked {@code Secure} (configuration key
 * {@code auth.secureCookies}: on whenever the node, or the proxy in front of it, serves HTTPS).
 */
public record BackOfficeAuth(SignInService signIn, SessionService sessions, ApiTokenService tokens,
        UserAdministration users, boolean secureCookies) {}
