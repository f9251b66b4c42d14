package org.ledgerline.ivr.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.ledgerline.storage.account.PinHasher;

class PinChecksTest {
    private final PinChecks checks = new PinChecks(new PinHasher(4));

    @Test
    void checksPinsFromACallsVirtualThread() throws InterruptedException {
        String hash = checks.hash("1234");
        AtomicReference<Boolean> right = new AtomicReference<>();
        AtomicReference<Boolean> wrong = new AtomicReference<>();

        Thread call = Thread.ofVirtual().start(() -> {
            right.set(checks.matches("1234", hash));
            wrong.set(checks.matches("4321", hash));
        });
        call.join();

        assertThat(right.get()).isTrue();
        assertThat(wrong.get()).isFalse();
    }

    @Test
    void anInterruptedCallStopsWaitingAndKeepsItsInterruptFlag() {
        // Cost 12 (~250 ms a check), so the check is still running when the interrupted call waits
        // for it: a check already finished would simply be returned.
        PinChecks slowChecks = new PinChecks(new PinHasher(12));
        String hash = slowChecks.hash("1234");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> slowChecks.matches("1234", hash))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageNotContaining("1234");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
