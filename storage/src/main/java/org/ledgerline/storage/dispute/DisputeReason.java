package org.ledgerline.storage.dispute;

/** A reason code a caller can pick, with its description; listed in {@code sortOrder}. */
public record DisputeReason(String code, String description, int sortOrder) {}
