/**
 * The auditor's pages as plain view models (issue 10 item 9): search results with their snippets
 * and links, one transcript laid out as a timeline beside its player and its call's ledger facts,
 * and the spoken-versus-ledger report grouped by finding with its chart. The routes in {@code http}
 * gather the data through {@link org.ledgerline.ivr.search.TranscriptReader} and the storage report,
 * these records shape it for the templates; nothing here knows HTTP or reads the ledger.
 */
@NullMarked
package org.ledgerline.ivr.search.view;

import org.jspecify.annotations.NullMarked;
