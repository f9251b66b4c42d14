package org.ledgerline.ivr.menu;

import org.ledgerline.ivr.call.CallChannel;

/**
 * What a menu option does once chosen: talks to the caller, then says where to go {@link Next}.
 * Features plug into a menu by registering one of these under a key.
 *
 * @param <C> what the option works on, e.g. the identified caller
 */
@FunctionalInterface
public interface MenuAction<C> {
    Next run(CallChannel channel, C context);
}
