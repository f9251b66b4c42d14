package org.ledgerline.ivr.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped area-code table: the zones the issue names, the split codes, and the unknown fallback. */
class AreaCodeZonesTest {
    private final AreaCodeZones table = InMemoryComplianceData.AREA_CODES;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2125550100        | America/New_York
            +1 (907) 555-0100 | America/Anchorage America/Adak
            808-555-0100      | Pacific/Honolulu
            6025550100        | America/Phoenix
            4805550100        | America/Phoenix
            5205550100        | America/Phoenix
            6235550100        | America/Phoenix
            9285550100        | America/Phoenix America/Denver
            8505550100        | America/New_York America/Chicago
            2085550100        | America/Boise America/Los_Angeles
            7015550100        | America/Chicago America/Denver
            9155550100        | America/Denver
            3125550100        | America/Chicago
            3035550100        | America/Denver
            2135550100        | America/Los_Angeles
            """)
    void anAreaCodeGivesEveryZoneItCovers(String number, String zones) {
        Set<ZoneId> expected = Arrays.stream(zones.split(" ")).map(ZoneId::of).collect(Collectors.toSet());

        assertThat(table.zonesOf(number)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource({"9995550100", "5551001", "+44 20 7946 0000", "''"})
    void anUnknownOrForeignNumberHasNoZoneSoTheAddressDecides(String number) {
        assertThat(table.zonesOf(number)).isEmpty();
    }

    @Test
    void theTableCoversTheCommonAreaCodesAndNamesTheirStates() {
        assertThat(table.size()).isGreaterThan(300);
        assertThat(table.statesOf("4155550100")).containsExactly("CA");
        assertThat(table.statesOf("9285550100")).containsExactly("AZ");
    }
}
