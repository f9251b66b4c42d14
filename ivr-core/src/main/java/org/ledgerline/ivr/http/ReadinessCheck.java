package org.ledgerline.ivr.http;

import java.util.function.BooleanSupplier;

/**
 * One thing that must hold before the node takes calls ("ledger", "fastagi"). The check may block
 * briefly (a database round trip); it runs off the event loop and must not throw.
 */
public record ReadinessCheck(String name, BooleanSupplier check) {}
