package org.ledgerline.ivr.recording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Range headers as audio players send them, read against a 1,000-byte file. */
class ByteRangeTest {
    private static final long LENGTH = 1000;

    @Test
    void noHeaderMeansTheWholeFile() {
        assertThat(ByteRange.of(null, LENGTH)).isEqualTo(new ByteRange.Whole(LENGTH));
    }

    @Test
    void anOpenEndedRangeRunsToTheLastByte() {
        ByteRange.Part part = (ByteRange.Part) ByteRange.of("bytes=0-", LENGTH);

        assertThat(part).isEqualTo(new ByteRange.Part(0, 999, LENGTH));
        assertThat(part.contentRange()).isEqualTo("bytes 0-999/1000");
        assertThat(part.size()).isEqualTo(1000);
    }

    @Test
    void aClosedRangeIsServedAsAskedAndClampedToTheEnd() {
        assertThat(ByteRange.of("bytes=100-199", LENGTH)).isEqualTo(new ByteRange.Part(100, 199, LENGTH));
        assertThat(ByteRange.of("bytes=900-5000", LENGTH)).isEqualTo(new ByteRange.Part(900, 999, LENGTH));
        assertThat(ByteRange.of("BYTES= 5-5 ", LENGTH)).isEqualTo(new ByteRange.Part(5, 5, LENGTH));
    }

    @Test
    void aSuffixRangeIsTheLastBytes() {
        assertThat(ByteRange.of("bytes=-100", LENGTH)).isEqualTo(new ByteRange.Part(900, 999, LENGTH));
        assertThat(ByteRange.of("bytes=-5000", LENGTH)).isEqualTo(new ByteRange.Part(0, 999, LENGTH));
    }

    @Test
    void aRangeStartingAtOrPastTheEndCannotBeSatisfied() {
        ByteRange range = ByteRange.of("bytes=1000-", LENGTH);

        assertThat(range).isEqualTo(new ByteRange.Unsatisfiable(LENGTH));
        assertThat(((ByteRange.Unsatisfiable) range).contentRange()).isEqualTo("bytes */1000");
        assertThat(ByteRange.of("bytes=-0", LENGTH)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThat(ByteRange.of("bytes=0-", 0)).isInstanceOf(ByteRange.Unsatisfiable.class);
    }

    @Test
    void malformedOtherUnitsAndSeveralRangesAreIgnoredAndTheWholeFileSent() {
        for (String header : new String[] {"bytes=abc", "items=0-1", "bytes=0-1,5-9", "bytes=-", "bytes=9-1",
                "bytes=99999999999999999999-", "bytes=0-1;drop table recordings", ""}) {
            assertThat(ByteRange.of(header, LENGTH)).as(header).isEqualTo(new ByteRange.Whole(LENGTH));
        }
    }
}
