/** Customers: who owes the invoices, where they live (time zone), how to speak to them, their phone numbers. */
package org.ledgerline.storage.customer;
