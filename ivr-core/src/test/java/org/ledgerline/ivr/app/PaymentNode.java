package org.ledgerline.ivr.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.payment.CardPaymentTaker;
import org.ledgerline.ivr.payment.SandboxPaymentGateway;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.Caller;
import org.ledgerline.ivr.simulator.CallerAction;
import org.ledgerline.ivr.simulator.CallerScript;
import org.ledgerline.ivr.simulator.ami.AmiAccount;
import org.ledgerline.ivr.simulator.ami.AmiEmulator;
import org.ledgerline.ivr.simulator.ami.EmulatedChannel;
import org.ledgerline.ivr.simulator.ami.ReceivedAction;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.payment.PostedPayment;

/**
 * A node with AMI enabled against the AMI emulator, for payment calls end to end: each call's
 * channel is made known to the emulator as a recorded channel, and the caller notes, at every key
 * it presses, how many recording pauses and resumes the emulator had received for that channel.
 */
final class PaymentNode implements AutoCloseable {
    static final String AMI_USER = "ledgerline";
    static final String AMI_SECRET = "it-ami-secret";

    final AmiEmulator ami;
    final RunningServer node;

    private PaymentNode(AmiEmulator ami, RunningServer node) {
        this.ami = ami;
        this.node = node;
    }

    /** A node on {@code db} (null: the embedded database the overrides describe). */
    static PaymentNode start(@Nullable LedgerSettings db, Map<String, String> overrides) {
        AmiEmulator ami = new AmiEmulator(List.of(AmiAccount.ledgerline(AMI_USER, AMI_SECRET)));
        try {
            ami.start(0);
            Map<String, String> properties = new HashMap<>(Map.of(
                    "ledgerline.ami.enabled", "true",
                    "ledgerline.ami.host", "127.0.0.1",
                    "ledgerline.ami.port", Integer.toString(ami.port()),
                    "ledgerline.ami.username", AMI_USER,
                    "ledgerline.ami.secret", AMI_SECRET,
                    "ledgerline.payments.postRetryDelayMs", "10"));
            properties.putAll(overrides);
            RunningServer node = db == null
                    ? RunningServer.withProperties(properties)
                    : RunningServer.on(db, properties);
            if (!ami.awaitLogins(1, Duration.ofSeconds(20))) {
                node.close();
                throw new IllegalStateException("the node did not log in to the AMI emulator");
            }
            return new PaymentNode(ami, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A withheld-number call that identifies as {@code accountNumber} (demo PIN) and then keys {@code keys}. */
    static String identified(String accountNumber, String keys) {
        return accountNumber + "# 1234# " + keys;
    }

    /** Keys of a whole card: number and #, expiry (4 keys end it), security code and #. */
    static String card(String number, String expiry, String securityCode) {
        return number + "# " + expiry + " " + securityCode + "#";
    }

    /** A call the AMI emulator knows as a recorded channel. */
    WatchedCall call(AgiEnvironment env, String keys) {
        ami.addChannel(EmulatedChannel.recorded(env.channel(), env.uniqueId()));
        WatchingCaller caller = new WatchingCaller(CallerScript.parse(keys), env.channel());
        CallTranscript transcript;
        try {
            transcript = node.emulator().call(env, caller);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WatchedCall(env, transcript, caller.presses());
    }

    WatchedCall call(String keys) {
        return call(AgiEnvironment.sipCall("selfserve", ""), keys);
    }

    SandboxPaymentGateway gateway() {
        return (SandboxPaymentGateway) node.server.paymentGateway();
    }

    /** The payment of the call's first card attempt, if posted. */
    java.util.Optional<PostedPayment> firstAttemptPayment(AgiEnvironment env) {
        return node.server.ledger().payments().findByIdempotencyKey(CardPaymentTaker.attemptKey(env.uniqueId(), 1));
    }

    @Override
    public void close() throws IOException {
        node.close();
        ami.close();
    }

    /** One key the caller pressed, with the MixMonitorMute pauses/resumes the emulator had received by then. */
    record Press(char key, long pausesBefore, long resumesBefore) {}

    /** A finished call: its environment, what the caller heard, and the keys with the AMI state at each. */
    record WatchedCall(AgiEnvironment env, CallTranscript transcript, List<Press> presses) {}

    /** Follows a script and notes the AMI emulator's recording actions for its channel at each key. */
    private final class WatchingCaller implements Caller {
        private final CallerScript script;
        private final String channel;
        private final List<Press> presses = new ArrayList<>();

        WatchingCaller(CallerScript script, String channel) {
            this.script = script;
            this.channel = channel;
        }

        @Override
        public CallerAction duringPrompt(String escapeDigits) {
            return note(script.duringPrompt(escapeDigits));
        }

        @Override
        public CallerAction whenAsked() {
            return note(script.whenAsked());
        }

        private CallerAction note(CallerAction action) {
            if (action instanceof CallerAction.Press(char key)) {
                List<ReceivedAction> received = ami.receivedActions();
                presses.add(new Press(key,
                        received.stream().filter(a -> a.isMixMonitorMute(channel, 1)).count(),
                        received.stream().filter(a -> a.isMixMonitorMute(channel, 0)).count()));
            }
            return action;
        }

        synchronized List<Press> presses() {
            return List.copyOf(presses);
        }
    }
}
