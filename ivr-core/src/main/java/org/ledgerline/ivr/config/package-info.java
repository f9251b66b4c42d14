/**
 * The one typed, validated configuration tree ({@link org.ledgerline.ivr.config.LedgerLineConfig})
 * and how it is layered from defaults, a file, the environment and system properties. Only the app
 * reads it; everything else gets plain values through constructors.
 */
@NullMarked
package org.ledgerline.ivr.config;

import org.jspecify.annotations.NullMarked;
