package org.ledgerline.storage.user;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a back-office user (or API token) may do. A user may hold several roles.
 * <ul>
 *   <li>{@link #ADMIN}: users, API tokens and settings;
 *   <li>{@link #CREDIT_MANAGER}: disputes, escalations and credit decisions;
 *   <li>{@link #COLLECTOR}: their own calls and worklist;
 *   <li>{@link #AUDITOR}: reads everything, changes nothing.
 * </ul>
 */
public enum Role {
    ADMIN, CREDIT_MANAGER, COLLECTOR, AUDITOR;

    /** The value stored in the ledger: {@code admin}, {@code credit_manager}, {@code collector}, {@code auditor}. */
    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The role stored as {@code dbName}.
     *
     * @throws IllegalArgumentException for anything that is not one of the four names
     */
    public static Role fromDbName(@Nullable String dbName) {
        for (Role role : values()) {
            if (role.dbName().equals(dbName)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role " + (dbName == null ? "null" : "'" + dbName + "'")
                + "; roles are admin, credit_manager, collector, auditor");
    }
}
