/**
 * The self-serve menu: the {@link org.ledgerline.ivr.menu.SelfServeFlow} callers reach first, the
 * reusable keypad {@link org.ledgerline.ivr.menu.Menu} (options registered by key, repeat and back
 * on every menu, a person after too many failures) and the options that route into features
 * (balance, open invoices; pay, promise and dispute plug in the same way).
 */
package org.ledgerline.ivr.menu;
