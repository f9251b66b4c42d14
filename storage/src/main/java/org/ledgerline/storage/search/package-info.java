/**
 * Searching what was said on calls: full-text search over transcript segments ({@code
 * websearch_to_tsquery} syntax, ranked, with highlighted snippets as text spans, never HTML),
 * filtered by the call's facts and limited in the query itself to the calls a reader may see
 * ({@link org.ledgerline.storage.search.SearchScope}); one transcript with its call's ledger facts;
 * and the credit managers' portfolios ({@code credit_manager_customers}) that scope their reading.
 */
@NullMarked
package org.ledgerline.storage.search;

import org.jspecify.annotations.NullMarked;
