package org.ledgerline.ivr.http;

import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.user.Role;

/**
 * Who may use a route. Every route is added through {@link SecuredRoutes} with one of these, and
 * {@link HttpVerticle} refuses to start if any route lacks one (deny by default).
 * <ul>
 *   <li>{@link #roles(Role...)}: signed in and holding any of the roles;
 *   <li>{@link #anySignedIn()}: signed in, whatever the roles (the home page, sign-out);
 *   <li>{@link #PUBLIC}: anybody; only {@code /health}, {@code /ready}, {@code /metrics}, sign-in,
 *       {@code /assets/*} and {@code /webjars/*}.
 * </ul>
 */
public final class Access {
    /** Anybody, signed in or not. */
    public static final Access PUBLIC = new Access(Kind.PUBLIC, Set.of());
    private static final Access ANY_SIGNED_IN = new Access(Kind.SIGNED_IN, Set.of());

    /** The routing-context key of the {@link SignedInUser} of a secured request. */
    static final String USER_KEY = "ledgerline.user";

    private final Kind kind;
    private final Set<Role> roles;

    private Access(Kind kind, Set<Role> roles) {
        this.kind = kind;
        this.roles = roles;
    }

    /** Signed in and holding any of {@code allowed} (at least one must be named). */
    public static Access roles(Role... allowed) {
        if (allowed.length == 0) {
            throw new IllegalArgumentException("name at least one role, or use Access.anySignedIn()");
        }
        return new Access(Kind.ROLES, Set.copyOf(EnumSet.copyOf(Arrays.asList(allowed))));
    }

    /** Signed in, any roles. */
    public static Access anySignedIn() {
        return ANY_SIGNED_IN;
    }

    /**
     * The signed-in user of a request to a secured route.
     *
     * @throws IllegalStateException on a public route, where nobody need be signed in
     */
    public static SignedInUser user(RoutingContext ctx) {
        SignedInUser user = ctx.get(USER_KEY);
        if (user == null) {
            throw new IllegalStateException("no signed-in user: Access.user is for routes that are not PUBLIC");
        }
        return user;
    }

    public boolean isPublic() {
        return kind == Kind.PUBLIC;
    }

    /** The roles of which a user needs one; empty for {@link #PUBLIC} and {@link #anySignedIn()}. */
    public Set<Role> roles() {
        return roles;
    }

    /** Whether {@code user} (signed in) may use the route. */
    public boolean allows(SignedInUser user) {
        return switch (kind) {
            case PUBLIC, SIGNED_IN -> true;
            case ROLES -> user.hasAny(roles);
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case PUBLIC -> "PUBLIC";
            case SIGNED_IN -> "any signed-in user";
            case ROLES -> "roles " + roles;
        };
    }

    private enum Kind {
        PUBLIC, SIGNED_IN, ROLES
    }
}
