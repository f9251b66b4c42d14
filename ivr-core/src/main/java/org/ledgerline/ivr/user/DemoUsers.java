package org.ledgerline.ivr.user;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ledgerline.storage.user.Role;

/**
 * The demo back-office users of the embedded default ({@code database.seedDemoData}): one per role,
 * two collectors with desk phones, all with {@link #DEMO_PASSWORD} (documented in the README, never
 * logged). A production node never gets them: it starts with no users at all.
 */
public final class DemoUsers {
    /** The password of every demo user. Public knowledge: change or disable these users before real use. */
    public static final String DEMO_PASSWORD = "ledgerline-demo-2026";
    /** Audit actor of the seeded users. */
    static final String ACTOR = "demo-seed";

    /** A demo user: username, display name, roles, desk phone. */
    public record DemoUser(String username, String displayName, Set<Role> roles, Optional<String> endpoint) {}

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Avery Admin", Set.of(Role.ADMIN), Optional.empty()),
            new DemoUser("manager", "Morgan Manager", Set.of(Role.CREDIT_MANAGER), Optional.empty()),
            new DemoUser("collector1", "Casey Collector", Set.of(Role.COLLECTOR), Optional.of("PJSIP/2001")),
            new DemoUser("collector2", "Charlie Collector", Set.of(Role.COLLECTOR), Optional.of("PJSIP/2002")),
            new DemoUser("auditor", "Alex Auditor", Set.of(Role.AUDITOR), Optional.empty()));

    private DemoUsers() {}

    /** Creates the demo users if the ledger has no user at all; returns whether it did. */
    public static boolean seedIfNone(UserAdministration users) {
        if (users.anyUserExists()) {
            return false;
        }
        for (DemoUser user : USERS) {
            users.add(user.username(), user.displayName(), DEMO_PASSWORD, user.roles(), user.endpoint(), ACTOR);
        }
        return true;
    }

    /** The demo usernames, for the start-up log line. */
    public static String usernames() {
        return String.join(", ", USERS.stream().map(DemoUser::username).toList());
    }
}
