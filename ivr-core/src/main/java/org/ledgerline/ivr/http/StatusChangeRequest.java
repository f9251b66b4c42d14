package org.ledgerline.ivr.http;

import org.ledgerline.storage.dispute.DisputeStatus;

/**
 * A back-office decision on a dispute, read from a validated request body.
 *
 * @param status {@code RESOLVED} or {@code REJECTED}
 * @param note why, for the audit log and the dispute's record (who decided is the signed-in user)
 */
public record StatusChangeRequest(DisputeStatus status, String note) {}
