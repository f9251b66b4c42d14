package org.ledgerline.ivr.compliance;

import java.util.List;

/** Port: every flag ever set on a customer, cleared ones included (the back office sets and clears them). */
public interface CustomerFlags {

    List<CustomerFlag> flagsOf(long customerId);
}
