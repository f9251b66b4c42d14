/**
 * The words-only rules behind {@link org.ledgerline.ivr.transcription.SegmentAnnotator}: spoken
 * numbers, amounts and dates turned into the forms auditors type ({@code 200}, {@code 03/05},
 * {@code march 5}), and the sentence rules that decide whether a segment states a promise to pay.
 * Pure Java: no I/O, no state between calls, safe to share between transcription workers.
 */
@NullMarked
package org.ledgerline.ivr.transcription.text;

import org.jspecify.annotations.NullMarked;
