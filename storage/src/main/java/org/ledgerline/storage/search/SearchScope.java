package org.ledgerline.storage.search;

import org.jspecify.annotations.Nullable;

/**
 * Which calls a reader may see, applied inside the search query (never by filtering a page
 * afterwards): everything (auditors), or the union of the calls a collector placed and the calls of
 * a credit manager's customers. A scope with neither sees nothing.
 *
 * @param everything the reader sees every call
 * @param collectorUserId calls this collector placed (collector_calls.collector_user_id)
 * @param managerUserId calls of this credit manager's customers (credit_manager_customers)
 */
public record SearchScope(boolean everything, @Nullable Long collectorUserId, @Nullable Long managerUserId) {
    /** Every call. */
    public static final SearchScope EVERYTHING = new SearchScope(true, null, null);
    /** No call at all. */
    public static final SearchScope NOTHING = new SearchScope(false, null, null);

    /** The calls a collector placed. */
    public static SearchScope collector(long userId) {
        return new SearchScope(false, userId, null);
    }

    /** The calls of a credit manager's customers. */
    public static SearchScope manager(long userId) {
        return new SearchScope(false, null, userId);
    }

    /** This scope and {@code other}'s calls too. */
    public SearchScope union(SearchScope other) {
        if (everything || other.everything) {
            return EVERYTHING;
        }
        return new SearchScope(false, collectorUserId != null ? collectorUserId : other.collectorUserId,
                managerUserId != null ? managerUserId : other.managerUserId);
    }

    /** Whether the scope can see anything at all. */
    public boolean seesNothing() {
        return !everything && collectorUserId == null && managerUserId == null;
    }

    /** Who the scope is, for the audit log. */
    public String describe() {
        if (everything) {
            return "all calls";
        }
        if (seesNothing()) {
            return "no calls";
        }
        StringBuilder text = new StringBuilder();
        if (collectorUserId != null) {
            text.append("own calls of user ").append(collectorUserId);
        }
        if (managerUserId != null) {
            text.append(text.isEmpty() ? "" : " and ").append("customers of manager ").append(managerUserId);
        }
        return text.toString();
    }
}
