/**
 * The auditors' transcript search as plain Java (items 6 and 8 of issue 10): who may read which
 * calls ({@link org.ledgerline.ivr.search.ReaderScopes}), searching and reading transcripts with
 * every search and read written to the audit log ({@link org.ledgerline.ivr.search.TranscriptReader}),
 * and who listened to a call ({@link org.ledgerline.ivr.search.CallListens}). Pages and REST routes
 * call these; nothing here knows HTTP.
 */
@NullMarked
package org.ledgerline.ivr.search;

import org.jspecify.annotations.NullMarked;
