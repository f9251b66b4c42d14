/**
 * Transcription in the ledger: the durable job queue ({@code transcription_jobs}, claimed with
 * {@code FOR UPDATE SKIP LOCKED} and a lease), the transcripts and their per-speaker segments, and the
 * recording pauses (card capture) no segment may overlap.
 */
@NullMarked
package org.ledgerline.storage.transcription;

import org.jspecify.annotations.NullMarked;
