package org.ledgerline.storage.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One segment of a call's transcript flagged as a spoken promise: who said it, when in the recording,
 * the words, and the amount and/or date it names.
 */
public record SpokenPromiseLine(long segmentId, String speaker, int startMs, String text,
        @Nullable BigDecimal amount, @Nullable LocalDate date) {}
