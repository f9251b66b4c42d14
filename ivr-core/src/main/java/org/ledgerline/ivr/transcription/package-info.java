/**
 * Transcription: recordings become searchable text per speaker. The {@code TranscriptionEngine} port
 * (Vosk behind it), the durable job queue's workers, merging a collector call's two legs into one
 * timeline, leaving out card-capture pauses, and the {@link SegmentAnnotator} that adds normal forms
 * of numbers and dates and spots spoken promises to pay.
 */
@NullMarked
package org.ledgerline.ivr.transcription;

import org.jspecify.annotations.NullMarked;
