package org.ledgerline.ivr.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.search.SearchScope;
import org.ledgerline.storage.user.Role;

/** Which calls each role may read, before any SQL runs. */
class ReaderScopesTest {
    @Test
    void anAuditorSeesEveryCallWhateverElseTheyAre() {
        assertThat(ReaderScopes.of(user(7, Role.AUDITOR, Role.COLLECTOR))).isEqualTo(SearchScope.EVERYTHING);
    }

    @Test
    void aCollectorSeesOwnCallsAndAManagerTheirCustomersAndBothTheUnion() {
        assertThat(ReaderScopes.of(user(7, Role.COLLECTOR))).isEqualTo(SearchScope.collector(7));
        assertThat(ReaderScopes.of(user(8, Role.CREDIT_MANAGER))).isEqualTo(SearchScope.manager(8));
        assertThat(ReaderScopes.of(user(9, Role.COLLECTOR, Role.CREDIT_MANAGER)))
                .isEqualTo(new SearchScope(false, 9L, 9L));
    }

    @Test
    void anAdminWhoIsNothingElseSeesNoCall() {
        assertThat(ReaderScopes.of(user(1, Role.ADMIN)).seesNothing()).isTrue();
    }

    @Test
    void anApiTokenOpensCallsOnlyThroughTheAuditorRole() {
        assertThat(ReaderScopes.of(user(-3, Role.COLLECTOR, Role.CREDIT_MANAGER)).seesNothing()).isTrue();
        assertThat(ReaderScopes.of(user(-3, Role.AUDITOR))).isEqualTo(SearchScope.EVERYTHING);
    }

    private static SignedInUser user(long id, Role... roles) {
        return new SignedInUser(id, id < 0 ? "token:feed" : "user" + id, "User", Set.of(roles), Optional.empty());
    }
}
