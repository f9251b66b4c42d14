/**
 * How and when the business may contact a customer, as the compliance gate (ivr-core {@code
 * compliance/}) reads it: every telephone call about a debt with its outcome ({@code
 * contact_attempts}), the flags that stop calls with their history ({@code customer_flags}), the
 * times the customer said are inconvenient ({@code inconvenient_times}), and each phone number's
 * type and area-code zones beside the address's state and zone. Enumerations carry the same names
 * as their ivr-core counterparts ({@code CallDisposition}, {@code FlagKind}, {@code DenialReason}),
 * so the ledger adapters of the gate's ports map them by name. Setting and clearing a flag is
 * written to the audit log in the same transaction.
 */
@NullMarked
package org.ledgerline.storage.contact;

import org.jspecify.annotations.NullMarked;
