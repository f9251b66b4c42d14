/** Customers: who owes the invoices, where they live (time zone), how to speak to them, their phone numbers. */
@NullMarked
package org.ledgerline.storage.customer;

import org.jspecify.annotations.NullMarked;
