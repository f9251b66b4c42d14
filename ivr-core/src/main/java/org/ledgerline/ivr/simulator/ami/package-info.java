/**
 * An AMI (Asterisk Manager Interface) server that answers over real TCP the way Asterisk 20.20.1
 * does: banner, {@code Key: Value} messages, Challenge/Login, read/write permission classes, the
 * per-session event mask, and the actions LedgerLine uses. Integration tests run the AMI adapter
 * against it, and the call simulator uses it as a stand-in switch. It records every action it
 * receives, can be told which channels exist, can fail or stall chosen actions, and emits events
 * (DTMF, MixMonitor, Hangup) to logged-in clients. For call control it carries out Originate as
 * planned ({@link org.ledgerline.ivr.simulator.ami.OriginatePlan}), plays a call's event sequence
 * step by step ({@link org.ledgerline.ivr.simulator.ami.EmulatedCall}, events built by {@link
 * org.ledgerline.ivr.simulator.ami.CallEvents} with Asterisk 20's field names), lists channels for
 * CoreShowChannels, and drops connections in the middle of a call.
 */
@NullMarked
package org.ledgerline.ivr.simulator.ami;

import org.jspecify.annotations.NullMarked;
