package org.ledgerline.ivr.collector;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.control.CallActivityListener;
import org.ledgerline.ivr.call.control.CallPhase;
import org.ledgerline.ivr.call.control.CallProgress;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.account.Account;
import org.ledgerline.storage.collector.CollectorCall;
import org.ledgerline.storage.collector.NewCallRecording;
import org.ledgerline.storage.collector.NewCollectorCall;
import org.ledgerline.storage.collector.RecordingLeg;
import org.ledgerline.storage.contact.AttemptDisposition;
import org.ledgerline.storage.contact.CallAttempt;
import org.ledgerline.storage.contact.GateVerdict;
import org.ledgerline.storage.contact.NewCallAttempt;
import org.ledgerline.storage.jdbc.StorageException;
import org.ledgerline.storage.user.BackOfficeUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a collector call's progress and the gate's channel variables into its call record: ONE
 * {@code collector_calls} row per Asterisk linkedid (collector, customer, account, number, gate
 * verdict, start, answer, end, {@link CallDispositions disposition}), the outcome written onto the
 * gate's {@code contact_attempts} row {@code gate/<LEDGERLINE_CALL_REF>} (created when the gate
 * could not write it, so the frequency rule still counts the call), and the three MixMonitor files
 * {@code <ref>-mix/-collector/-customer.wav} registered (transcription PENDING, file AWAITED) for
 * {@link RecordingArrivals}. The record is the one the gate wrote (same key, the collector channel's
 * unique id, and {@code call_id} = the call ref's {@code calls} row), or created here when the gate
 * could not write it.
 *
 * <p>Only calls whose variables carry {@code LEDGERLINE_GATE=ALLOW} and a call ref are recorded
 * here: a call the gate refused is never recorded by MixMonitor, so no variables are read for it,
 * and the gate's own audit and attempt row are its record. Every write is idempotent (keys, first
 * outcome wins), so a replayed event stream or a repeated ENDED changes nothing.
 */
public final class CallRecorder implements CallActivityListener {
    /** The channel variables the collectors' dialplan sets (dialplans/extensions_ledgerline.conf). */
    public static final List<String> VARIABLES = List.of(CollectorGateFlow.CALL_REF, "LEDGERLINE_ACCOUNT",
            "LEDGERLINE_GATE", "LEDGERLINE_GATE_REASON", "LEDGERLINE_DIAL_NUMBER", "LEDGERLINE_ANNOUNCE");
    private static final Logger log = LoggerFactory.getLogger(CallRecorder.class);
    private static final int REMEMBERED = 10_000;
    static final String UNRECORDED_ALERT = "COLLECTOR_CALL_UNRECORDED";

    private final Ledger ledger;
    private final RecordingArrivals arrivals;
    private final Executor writer;
    private final Duration conversationMinimum;
    private final Map<String, CallFacts> calls = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CallFacts> eldest) {
            return size() > REMEMBERED;
        }
    });

    /**
     * @param writer runs the ledger writes off the switch's event thread (virtual threads suit it)
     * @param conversationMinimum how long an answered call must last to count as a conversation
     */
    public CallRecorder(Ledger ledger, RecordingArrivals arrivals, Executor writer, Duration conversationMinimum) {
        this.ledger = ledger;
        this.arrivals = arrivals;
        this.writer = writer;
        this.conversationMinimum = conversationMinimum;
    }

    @Override
    public void onProgress(CallProgress progress) {
        facts(progress.callId()).progressed(progress).ifPresent(this::writeLater);
    }

    @Override
    public void onCallVariables(String callId, String channelName, Map<String, String> variables) {
        facts(callId).tagged(channelName, variables).ifPresent(this::writeLater);
    }

    private CallFacts facts(String callId) {
        return calls.computeIfAbsent(callId, CallFacts::new);
    }

    private void writeLater(CallFacts.Complete call) {
        writer.execute(() -> {
            try {
                record(call);
            } catch (StorageException | IllegalArgumentException notRecorded) {
                log.error("collector call {} could not be recorded: {}", call.callId(), notRecorded.getMessage());
                alertUnrecorded(call, notRecorded.getMessage());
            }
        });
    }

    /** Writes the call record; runs on the writer, once per call and node (the ledger makes replays harmless). */
    void record(CallFacts.Complete call) {
        Map<String, String> vars = call.variables();
        // The collector's channel is the call's first, so the call id is its uniqueid, from which the
        // gate named the call: the fallback when Getvar came too late (a very short call).
        String ref = vars.getOrDefault(CollectorGateFlow.CALL_REF, CollectorGateFlow.callRefOf(call.callId()));
        Optional<CallAttempt> gateRow = ledger.callAttempts().findByIdempotencyKey("gate/" + ref);
        boolean allowed = vars.containsKey("LEDGERLINE_GATE")
                ? "ALLOW".equals(vars.get("LEDGERLINE_GATE"))
                : gateRow.map(CallAttempt::gate).filter(GateVerdict::allowed).isPresent();
        if (ref.isBlank() || !allowed) {
            log.debug("call {} is not a collector call the gate allowed; no call record", call.callId());
            return;
        }
        String endpoint = CollectorGateFlow.endpointOf(call.channelName());
        AttemptDisposition disposition = CallDispositions.of(call.ended(), call.answeredAt(),
                call.ended().at(), conversationMinimum);
        ledger.inTransaction("record collector call", () -> {
            CallAttempt attempt = gateRow.orElseGet(() -> gateAttempt(ref, vars, endpoint, call.startedAt()));
            Optional<Long> customerId = ledger.accounts().findById(attempt.accountId()).map(Account::customerId);
            // The gate wrote the calls row and the call record under these keys; written here only when
            // it could not, so the record still points at the calls row promises link to.
            ledger.calls().recordStart(ref, "outbound", call.channelName(), null, CollectorPromiseFlow.CALL_FLOW,
                    call.startedAt());
            ledger.calls().attachAccount(ref, attempt.accountId());
            CollectorCall record = ledger.collectorCalls().record(new NewCollectorCall(call.callId(),
                    attempt.collectorUserId() == null ? collectorAt(endpoint) : attempt.collectorUserId(),
                    customerId.orElse(null), attempt.accountId(), endpoint, attempt.phoneNumber(), GateVerdict.allow(),
                    !"0".equals(vars.get("LEDGERLINE_ANNOUNCE")), call.callId(), call.callId(), ref,
                    call.startedAt()));
            ledger.callAttempts().linkCollectorCall(attempt.id(), record.id());
            if (call.answeredAt() != null) {
                ledger.collectorCalls().recordAnswer(record.id(), call.answeredAt());
            }
            ledger.collectorCalls().recordEnd(record.id(), call.ended().at(), disposition);
            ledger.callAttempts().recordOutcome(attempt.id(), call.answeredAt(), call.ended().at(), disposition);
            for (RecordingLeg leg : List.of(RecordingLeg.MIX, RecordingLeg.COLLECTOR, RecordingLeg.CUSTOMER)) {
                ledger.callRecordings().register(new NewCallRecording(record.id(), leg,
                        ref + "-" + leg.name().toLowerCase(Locale.ROOT) + ".wav", call.startedAt()));
            }
            // Queued with its recordings, so no recorded call is forgotten; the job waits for the files.
            ledger.transcriptionJobs().enqueueCollectorCall(record.id());
            return record;
        });
        arrivals.callEnded();
    }

    /** A call (and its recordings) the ledger could not take is told to a person, not only to the log. */
    private void alertUnrecorded(CallFacts.Complete call, @Nullable String why) {
        try {
            ledger.alerts().raise("collector-call-unrecorded:" + call.callId(), UNRECORDED_ALERT, null, null,
                    "Collector call not recorded: " + call.channelName(),
                    "The collector call " + call.callId() + " on " + call.channelName()
                            + " ended but could not be recorded, nor its recordings registered: " + why);
        } catch (StorageException ledgerDown) {
            log.error("could not raise the alert for unrecorded collector call {}: {}", call.callId(),
                    ledgerDown.getMessage());
        }
    }

    /** The gate's attempt row, created from the variables because the gate could not write it. */
    private CallAttempt gateAttempt(String ref, Map<String, String> vars, String endpoint, Instant startedAt) {
        String key = "gate/" + ref;
        long accountId = Long.parseLong(vars.getOrDefault("LEDGERLINE_ACCOUNT", "").strip());
        String number = vars.getOrDefault("LEDGERLINE_DIAL_NUMBER", "");
        log.warn("collector call {} has no gate attempt row {}; recording it from the channel variables", ref, key);
        return ledger.callAttempts()
                .record(NewCallAttempt.placed(key, accountId, number, collectorAt(endpoint), null, startedAt));
    }

    private long collectorAt(String endpoint) {
        return ledger.users().findAll().stream()
                .filter(user -> user.active() && user.endpoint().filter(endpoint::equalsIgnoreCase).isPresent())
                .map(BackOfficeUser::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no active collector has the endpoint " + endpoint));
    }

    /** What is known so far of one call; complete (and then written once) with its variables and its end. */
    static final class CallFacts {
        private final String callId;
        private @Nullable Instant startedAt;
        private @Nullable Instant answeredAt;
        private @Nullable CallProgress ended;
        private @Nullable String channelName;
        private @Nullable Map<String, String> variables;
        private boolean handedOver;

        CallFacts(String callId) {
            this.callId = callId;
        }

        synchronized Optional<Complete> progressed(CallProgress progress) {
            if (startedAt == null) {
                startedAt = progress.at();
            }
            if (answeredAt == null
                    && (progress.phase() == CallPhase.ANSWERED || progress.phase() == CallPhase.BRIDGED)) {
                answeredAt = progress.at();
            }
            if (progress.phase() == CallPhase.ENDED && ended == null) {
                ended = progress;
            }
            return complete();
        }

        synchronized Optional<Complete> tagged(String channel, Map<String, String> values) {
            if (variables == null) {
                channelName = channel;
                variables = Map.copyOf(values);
            }
            return complete();
        }

        private Optional<Complete> complete() {
            if (handedOver || ended == null || variables == null || channelName == null || startedAt == null) {
                return Optional.empty();
            }
            handedOver = true;
            return Optional.of(new Complete(callId, channelName, variables, startedAt, answeredAt, ended));
        }

        /** A call with everything its record needs. */
        record Complete(String callId, String channelName, Map<String, String> variables, Instant startedAt,
                @Nullable Instant answeredAt, CallProgress ended) {}
    }
}
