package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeRedirectTest {
    @Test
    void keepsLocalPathsWithTheirQuery() {
        assertThat(SafeRedirect.localPath("/disputes?status=OPEN&reason=OTHER"))
                .isEqualTo("/disputes?status=OPEN&reason=OTHER");
        assertThat(SafeRedirect.localPath("/")).isEqualTo("/");
    }

    @Test
    void turnsEverythingThatCouldLeaveTheSiteIntoTheHomePage() {
        for (String next : new String[] {"https://evil.example", "//evil.example", "/\\evil.example",
                "\\\\evil.example",
                "javascript:alert(1)", "/ok\r\nSet-Cookie: x=y", "evil.example", "", null, "/" + "a".repeat(600),
                "/sign-in?next=/x"}) {
            assertThat(SafeRedirect.localPath(next)).as("next=%s", next).isEqualTo("/");
        }
    }
}
