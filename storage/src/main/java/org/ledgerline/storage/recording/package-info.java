/**
 * Where a call's audio files are: the whole-call recording and the caller's own recorded words
 * (e.g. a dispute description), so disputes and transcripts can point at them.
 */
@NullMarked
package org.ledgerline.storage.recording;

import org.jspecify.annotations.NullMarked;
