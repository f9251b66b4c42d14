package org.ledgerline.ivr.dispute.desk;

import org.jspecify.annotations.Nullable;

/**
 * One event in a dispute's history, from the audit log, formatted for people.
 *
 * @param at when, in the business time zone
 * @param actor who: a back-office user name, {@code ivr} for the caller's call, {@code system} for rules
 * @param event what happened, in words ("Opened", "Escalated", "Resolved", "Recording played", ...)
 * @param detail the audit line's detail (for a closing, the note)
 */
public record HistoryLine(String at, String actor, String event, @Nullable String detail) {}
