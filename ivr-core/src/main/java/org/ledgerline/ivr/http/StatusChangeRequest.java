package org.ledgerline.ivr.http;

import org.ledgerline.storage.dispute.DisputeStatus;

/**
 * A back-office decision on a dispute, read from a validated request body.
 *
 * @param status {@code RESOLVED} or {@code REJECTED}
 * @param note why, for the audit log and the dispute's record
 * @param actor who decided, as the client states it (no authentication exists yet)
 */
public record StatusChangeRequest(DisputeStatus status, String note, String actor) {}
