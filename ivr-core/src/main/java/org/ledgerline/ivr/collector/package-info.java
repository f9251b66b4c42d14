/// Collector calls: the pre-dial gate a collector's outbound call passes before it may reach the
/// trunk ({@link org.ledgerline.ivr.collector.CollectorGateFlow}, FastAGI script {@code gate}).
/// It identifies the collector from the calling device or caller ID ({@code CollectorDirectory}), the
/// customer and account from the dialled number or a click-to-dial's account
/// ({@code DebtorLookup}), asks the compliance gate, audits the decision ({@code GateDecisionLog})
/// and tells the dialplan what to do through channel variables. During the call the collector's
/// keypad promise ({@link org.ledgerline.ivr.collector.CollectorPromiseFlow}, script
/// {@code collector-promise}) runs on the collector's channel over the same variables. Then the
/// call's record ({@link org.ledgerline.ivr.collector.CallRecorder}, fed by the call-control port's
/// activity feed): one collector_calls row per call, the gate attempt's outcome
/// ({@code CallDispositions} says how the switch's dial result maps), the per-leg recordings
/// registered for transcription and watched until they appear on disk ({@code RecordingArrivals},
/// an alert when one never does). The collector's desk (worklist, account view, forms) is the
/// subpackage {@code desk}.
@NullMarked
package org.ledgerline.ivr.collector;

import org.jspecify.annotations.NullMarked;
