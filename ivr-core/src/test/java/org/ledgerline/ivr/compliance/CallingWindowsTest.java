package org.ledgerline.ivr.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The next-open search through DST gaps and overlaps, where a local time does not exist or exists
 * twice. Stated times alone (no 08:00-21:00) so the edges can sit in the small hours, where the
 * transitions are. New York: 2026-03-08 02:00 EST jumps to 03:00 EDT (07:00Z); 2026-11-01 02:00 EDT
 * falls back to 01:00 EST (06:00Z), so 01:00-02:00 happens twice.
 */
class CallingWindowsTest {
    private static final Set<ZoneId> NEW_YORK = Set.of(ZoneId.of("America/New_York"));

    private static List<InconvenientTime> closedUntil(LocalTime until) {
        return List
                .of(new InconvenientTime(InconvenientTime.EVERY_DAY, LocalTime.MIDNIGHT, until, "night", "collector1"));
    }

    @ParameterizedTest(name = "closed until {0} local, from {1}: opens {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # 02:30 does not exist on spring-forward night: the first instant past it is the jump to 03:00 EDT
            02:30 | 2026-03-08T06:00:00Z | 2026-03-08T07:00:00Z
            # 03:30 exists: 03:30 EDT
            03:30 | 2026-03-08T06:00:00Z | 2026-03-08T07:30:00Z
            # 01:30 happens twice on fall-back night: the first time, 01:30 EDT
            01:30 | 2026-11-01T05:10:00Z | 2026-11-01T05:30:00Z
            # open at 01:45 EDT, so that instant itself
            01:30 | 2026-11-01T05:45:00Z | 2026-11-01T05:45:00Z
            # back at 01:00 EST the clock shows a closed time again, until 01:30 EST
            01:30 | 2026-11-01T06:00:00Z | 2026-11-01T06:30:00Z
            01:30 | 2026-11-01T06:10:00Z | 2026-11-01T06:30:00Z
            """)
    void theNextOpenInstantFollowsTheZoneRulesThroughGapsAndOverlaps(LocalTime until, Instant from, Instant opens) {
        assertThat(CallingWindows.nextOpen(from, NEW_YORK, false, closedUntil(until))).contains(opens);
    }

    @ParameterizedTest(name = "{0} from {1}: opens {2}")
    @CsvSource(delimiter = '|', textBlock = """
            America/New_York,America/Los_Angeles | 2026-07-15T12:00:00Z | 2026-07-15T15:00:00Z
            America/Phoenix,America/Denver       | 2026-03-08T13:30:00Z | 2026-03-08T15:00:00Z
            Pacific/Honolulu,America/New_York    | 2026-12-15T02:00:00Z | 2026-12-15T18:00:00Z
            """)
    void withSeveralZonesTheWindowIsWhereAllAreOpen(String zones, Instant from, Instant opens) {
        Set<ZoneId> set = new LinkedHashSet<>();
        for (String zone : zones.split(",", -1)) {
            set.add(ZoneId.of(zone));
        }
        assertThat(CallingWindows.nextOpen(from, set, true, List.of())).contains(opens);
    }
}
