package org.ledgerline.ivr.search;

import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.search.SearchScope;
import org.ledgerline.storage.user.Role;

/**
 * Which calls a back-office user may search, read and play (issue 10 item 8): auditors every call;
 * credit managers the calls of their customers ({@code credit_manager_customers}); collectors the
 * calls they placed (a self-serve call has no collector, so none); a user with several roles the
 * union. Admins manage but do not listen: an admin who is not also one of the others sees nothing.
 * An API token has no portfolio and places no calls, so only its auditor role opens anything.
 */
public final class ReaderScopes {
    private ReaderScopes() {}

    /** The calls {@code user} may see. */
    public static SearchScope of(SignedInUser user) {
        if (user.has(Role.AUDITOR)) {
            return SearchScope.EVERYTHING;
        }
        SearchScope scope = SearchScope.NOTHING;
        if (user.isApiToken()) {
            return scope;
        }
        if (user.has(Role.COLLECTOR)) {
            scope = scope.union(SearchScope.collector(user.id()));
        }
        if (user.has(Role.CREDIT_MANAGER)) {
            scope = scope.union(SearchScope.manager(user.id()));
        }
        return scope;
    }
}
