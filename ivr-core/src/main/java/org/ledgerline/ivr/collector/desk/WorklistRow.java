package org.ledgerline.ivr.collector.desk;

/**
 * One account on the worklist page, formatted for people.
 *
 * @param pastDue the past-due amount with its currency ({@code USD 1,234.50})
 * @param pastDueBar the amount's bar length, 0-100, relative to the largest on the worklist
 * @param daysPastDue days since the oldest past-due invoice was due (0 when nothing is past due)
 * @param daysBar the days' bar length, 0-100, relative to {@link Worklist#DAYS_SCALE} days
 * @param lastContact the last call about the account in the business time zone, or "never"
 */
public record WorklistRow(
        long accountId,
        String accountNumber,
        String customerName,
        String pastDue,
        int pastDueBar,
        long daysPastDue,
        int daysBar,
        int brokenPromises,
        String lastContact,
        CallableNow callable) {}
