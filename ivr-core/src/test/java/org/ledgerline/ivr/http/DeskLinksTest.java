package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The desk's links keep every filter, so a filtered list survives paging and reloads. */
class DeskLinksTest {
    @Test
    void pageLinksKeepEveryFilterAndDropEmptyOnes() {
        DeskLinks.Filters filters = DeskLinks.Filters.of(MultiMap.caseInsensitiveMultiMap()
                .add("reason", "GOODS_DAMAGED").add("status", "").add("from", "2026-11-01").add("limit", "20"));

        assertThat(DeskLinks.disputes(filters, 40))
                .isEqualTo("/disputes?from=2026-11-01&limit=20&offset=40&reason=GOODS_DAMAGED");
        assertThat(DeskLinks.disputes(filters, 0)).isEqualTo("/disputes?from=2026-11-01&limit=20&reason=GOODS_DAMAGED");
    }

    @Test
    void noFiltersIsThePlainList() {
        assertThat(DeskLinks.disputes(DeskLinks.Filters.of(MultiMap.caseInsensitiveMultiMap()), 0))
                .isEqualTo("/disputes");
    }

    @Test
    void valuesAreUrlEncoded() {
        DeskLinks.Filters filters = DeskLinks.Filters
                .of(MultiMap.caseInsensitiveMultiMap().add("customerId", "1&x=<y>"));

        assertThat(DeskLinks.disputes(filters, 0)).isEqualTo("/disputes?customerId=1%26x%3D%3Cy%3E");
    }

    @Test
    void reportPresetsEndTodayAndTheCsvLinkKeepsThePeriod() {
        LocalDate today = LocalDate.of(2026, 11, 24);

        assertThat(DeskLinks.presets(today)).extracting(DeskLinks.Preset::url).containsExactly(
                "/disputes/by-reason?from=2026-11-18&to=2026-11-24",
                "/disputes/by-reason?from=2026-10-26&to=2026-11-24",
                "/disputes/by-reason?from=2026-08-27&to=2026-11-24",
                "/disputes/by-reason?from=2026-01-01&to=2026-11-24");
        assertThat(DeskLinks.reportCsv(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                .isEqualTo("/disputes/by-reason.csv?from=2026-11-01&to=2026-11-30");
    }
}
