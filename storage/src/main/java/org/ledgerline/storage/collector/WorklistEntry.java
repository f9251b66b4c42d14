package org.ledgerline.storage.collector;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * One account on a collector's worklist, with what the desk orders it by.
 *
 * @param pastDueAmount open balance of invoices due before the day asked about, disputed ones aside
 * @param oldestPastDueOn the due date of the oldest of those invoices; null when nothing is past due
 * @param brokenPromises promises to pay on the account that were broken
 * @param lastContactAt the last call placed or taken about the account (refused calls aside)
 * @param lastConversationAt the last call in which someone spoke with the customer about it
 */
public record WorklistEntry(
        long accountId,
        String accountNumber,
        long customerId,
        String customerName,
        ZoneId timeZone,
        String currency,
        BigDecimal pastDueAmount,
        @Nullable LocalDate oldestPastDueOn,
        int brokenPromises,
        @Nullable Instant lastContactAt,
        @Nullable Instant lastConversationAt) {}
