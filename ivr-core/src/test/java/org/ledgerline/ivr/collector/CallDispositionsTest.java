package org.ledgerline.ivr.collector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ledgerline.ivr.call.control.CallEndReason;
import org.ledgerline.ivr.call.control.CallPhase;
import org.ledgerline.ivr.call.control.CallProgress;
import org.ledgerline.storage.contact.AttemptDisposition;

/** How the switch's dial result, hang-up cause and the call's length become the attempt's disposition. */
class CallDispositionsTest {
    private static final Instant START = Instant.parse("2026-11-30T15:00:00Z");
    private static final Duration MINIMUM = Duration.ofSeconds(10);

    @ParameterizedTest(name = "dial {0}, cause {1}, answered {2} s before the end, {3}: {4}")
    @CsvSource(nullValues = "-", textBlock = """
            ANSWER,      16, 45, HUNG_UP,               CONVERSATION
            ANSWER,      16,  3, HUNG_UP,               ANSWERED_NO_CONVERSATION
            ANSWER,      16, 10, HUNG_UP,               CONVERSATION
            BUSY,        17,  -, HUNG_UP,               BUSY
            NOANSWER,    19,  -, HUNG_UP,               NO_ANSWER
            CANCEL,      16,  -, HUNG_UP,               NO_ANSWER
            CONGESTION,  34,  -, HUNG_UP,               NOT_CONNECTED
            CHANUNAVAIL,  3,  -, HUNG_UP,               NOT_CONNECTED
            DONTCALL,    16,  -, HUNG_UP,               SWITCH_FAILURE
            '',          16,  -, HUNG_UP,               SWITCH_FAILURE
            '',          17,  -, HUNG_UP,               BUSY
            '',          19,  -, HUNG_UP,               NO_ANSWER
            '',          38,  -, HUNG_UP,               NOT_CONNECTED
            '',           0,  -, LOST_DURING_RECONNECT, SWITCH_FAILURE
            '',           0, 60, LOST_DURING_RECONNECT, CONVERSATION
            """)
    void mapsWhatTheSwitchSaidToHowTheAttemptCounts(String dialStatus, int cause,
            @Nullable Integer answeredSecondsBefore,
            CallEndReason reason, AttemptDisposition expected) {
        Instant end = START.plusSeconds(120);
        Instant answered = answeredSecondsBefore == null ? null : end.minusSeconds(answeredSecondsBefore);
        CallProgress ended = new CallProgress("1700000000.1", CallPhase.ENDED, end, dialStatus, cause, "",
                Optional.of(reason));

        assertThat(CallDispositions.of(ended, answered, end, MINIMUM)).isEqualTo(expected);
    }
}
