/**
 * An Asterisk 20 stand-in on the FastAGI wire, for people and tests without a PBX:
 * {@link org.ledgerline.ivr.simulator.AsteriskAgiEmulator} connects to a FastAGI server and answers
 * its commands byte for byte as Asterisk 20.20.1 does, driven by a scripted
 * {@link org.ledgerline.ivr.simulator.Caller}; {@link org.ledgerline.ivr.simulator.CallSimulatorCommand}
 * ({@code call}) prints one call turn by turn, with each prompt's words from
 * {@link org.ledgerline.ivr.simulator.CatalogPromptTexts}; {@link org.ledgerline.ivr.simulator.LoadGenerator} and
 * {@link org.ledgerline.ivr.simulator.BenchmarkCommand} ({@code bench}) hold many emulated calls at
 * once and measure the server (set-up and held phases apart), in-process or against a node running
 * in another process ({@code bench --target host:port}).
 */
@NullMarked
package org.ledgerline.ivr.simulator;

import org.jspecify.annotations.NullMarked;
