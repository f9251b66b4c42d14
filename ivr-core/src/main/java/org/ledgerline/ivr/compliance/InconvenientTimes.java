package org.ledgerline.ivr.compliance;

import java.util.List;

/** Port: the times a customer said are inconvenient for calls (recorded by collectors or the back office). */
public interface InconvenientTimes {

    List<InconvenientTime> inconvenientTimesOf(long customerId);
}
