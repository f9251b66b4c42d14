package org.ledgerline.storage.search;

/**
 * One run of a snippet's text: plain, or a match the reader should see highlighted. A snippet is a
 * list of these, so a page or a JSON client renders highlights itself (as text, escaped) and no
 * markup ever comes out of the ledger.
 */
public record SnippetPart(String text, boolean highlight) {}
