/**
 * The audio a call leaves behind, as the back office plays it: where a registered recording's file
 * is (always inside the configured recordings directory, never anywhere a request names), which
 * part of it a player asked for (HTTP byte ranges, as plain Java), and its media type.
 */
@NullMarked
package org.ledgerline.ivr.recording;

import org.jspecify.annotations.NullMarked;
