/**
 * The self-serve menu: the {@link org.ledgerline.ivr.menu.SelfServeFlow} callers reach first, the
 * reusable keypad {@link org.ledgerline.ivr.menu.Menu} (options registered by key, repeat and back
 * on every menu, a person after too many failures) and the options that route into features
 * (balance, open invoices; pay, promise and dispute plug in the same way). Also the keypad steps
 * flows share: {@link org.ledgerline.ivr.menu.ChoiceReader}, {@link org.ledgerline.ivr.menu.EntryReader},
 * the read-back-and-confirm round ({@link org.ledgerline.ivr.menu.ReadBackConfirmation}) and the
 * "not recorded, a person or back" offer ({@link org.ledgerline.ivr.menu.NotRecordedOffer}).
 */
@NullMarked
package org.ledgerline.ivr.menu;

import org.jspecify.annotations.NullMarked;
