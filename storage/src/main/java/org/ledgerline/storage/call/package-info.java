/** The calls table: one row per phone call, keyed by Asterisk's unique id, with its flow, account and outcome. */
@NullMarked
package org.ledgerline.storage.call;

import org.jspecify.annotations.NullMarked;
