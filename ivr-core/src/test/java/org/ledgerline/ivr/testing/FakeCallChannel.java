package org.ledgerline.ivr.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.CallerHungUpException;
import org.ledgerline.ivr.call.ChannelFailureException;
import org.ledgerline.ivr.call.DigitInput;
import org.ledgerline.ivr.call.DigitSpec;
import org.ledgerline.ivr.call.RecordedAudio;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.prompt.Utterance;

/**
 * A scripted caller for flow tests. Each {@link #collect} takes the next scripted answer (keys,
 * silence, a hang-up or a broken connection); everything played is recorded as prompt keys in
 * order ({@link #heard()}), and every key is checked against the prompt catalog, so a flow cannot
 * play a prompt that has no words. Behaves like the real channel after a hang-up: every later
 * operation throws {@link CallerHungUpException}.
 */
public final class FakeCallChannel implements CallChannel {
    private static final PromptCatalog CLASSPATH_CATALOG = PromptCatalog.fromClasspath();

    private final PromptCatalog catalog;
    private final Deque<Answer> script = new ArrayDeque<>();
    private final Map<String, Runnable> hooks = new HashMap<>();
    private final List<String> heard = new ArrayList<>();
    private final List<Collected> collections = new ArrayList<>();
    private final List<Recorded> recordings = new ArrayList<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final List<String> variablesSet = new ArrayList<>();
    private String hangUpDuring;
    private String language = PromptCatalog.DEFAULT_LANGUAGE;
    private String transferredTo;
    private boolean callerGone;
    private boolean flowHungUp;

    public FakeCallChannel() {
        this(CLASSPATH_CATALOG);
    }

    public FakeCallChannel(PromptCatalog catalog) {
        this.catalog = catalog;
    }

    /** One collect on the caller's side: what was asked, how, and what the caller keyed. */
    public record Collected(List<String> prompt, DigitSpec spec, DigitInput input) {}

    /** One recording the flow asked for, with its limits and what came of it. */
    public record Recorded(List<String> prompt, String file, Duration maxLength, Duration silence,
            RecordedAudio audio) {}

    private sealed interface Answer permits Keys, Silence, HangUp, Failure, Speech {}

    private record Speech(Duration length, RecordedAudio.Ending ending) implements Answer {}

    private record Keys(String keys) implements Answer {}

    private record Silence() implements Answer {}

    private record HangUp() implements Answer {}

    private record Failure() implements Answer {}

    // ---- the script ------------------------------------------------------------------------

    /** The caller keys {@code keys} at the next prompt that collects (a trailing {@code #} ends the entry). */
    public FakeCallChannel press(String keys) {
        script.add(new Keys(keys));
        return this;
    }

    /** The caller presses nothing at the next prompt that collects. */
    public FakeCallChannel silence() {
        script.add(new Silence());
        return this;
    }

    /**
     * The caller speaks for {@code length} at the next recording and ends it with {@code #}
     * ({@code ending} KEY_PRESSED), by silence or time (TIME_OR_SILENCE), or the switch fails to
     * write it (NOT_SAVED). A recording may also be answered by {@link #hangUp()}.
     */
    public FakeCallChannel speak(Duration length, RecordedAudio.Ending ending) {
        script.add(new Speech(length, ending));
        return this;
    }

    /** The channel has {@code name} set before the flow starts, as the dialplan would have set it. */
    public FakeCallChannel withVariable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /** The caller hangs up instead of answering the next prompt that collects. */
    public FakeCallChannel hangUp() {
        script.add(new HangUp());
        return this;
    }

    /** The switch connection breaks at the next prompt that collects. */
    public FakeCallChannel breakConnection() {
        script.add(new Failure());
        return this;
    }

    /** The caller hangs up while {@code key} is being played (it counts as heard). */
    public FakeCallChannel hangUpDuring(String key) {
        this.hangUpDuring = key;
        return this;
    }

    /** Runs {@code action} just before {@code key} is played, e.g. to take the ledger down mid-call. */
    public FakeCallChannel onPrompt(String key, Runnable action) {
        hooks.put(key, action);
        return this;
    }

    // ---- what happened ---------------------------------------------------------------------

    /** Every prompt key played or used to ask, in order. */
    public List<String> heard() {
        return List.copyOf(heard);
    }

    public List<Collected> collections() {
        return List.copyOf(collections);
    }

    public List<Recorded> recordings() {
        return List.copyOf(recordings);
    }

    /** The channel's variables now (preset ones and those the flow set). */
    public Map<String, String> variables() {
        return Map.copyOf(variables);
    }

    /** Every {@code name=value} the flow set, in order. */
    public List<String> variablesSet() {
        return List.copyOf(variablesSet);
    }

    public Optional<String> transferredTo() {
        return Optional.ofNullable(transferredTo);
    }

    /** Whether the flow hung up the call itself. */
    public boolean flowHungUp() {
        return flowHungUp;
    }

    public String language() {
        return language;
    }

    /** Scripted answers nobody asked for (a test usually expects 0). */
    public int unusedAnswers() {
        return script.size();
    }

    // ---- the port --------------------------------------------------------------------------

    @Override
    public void play(Utterance utterance) {
        hear(utterance);
    }

    @Override
    public DigitInput collect(Utterance prompt, DigitSpec spec) {
        hear(prompt);
        Answer answer = script.poll();
        if (answer == null) {
            throw new AssertionError(
                    "the script has no answer for the prompt " + prompt.keys() + "; heard so far " + heard);
        }
        DigitInput input = switch (answer) {
            case Keys keys -> toInput(keys.keys(), spec);
            case Silence silence -> new DigitInput("", DigitInput.Ending.TIMEOUT);
            case HangUp hangUp -> {
                callerGone = true;
                throw new CallerHungUpException();
            }
            case Failure failure -> throw new ChannelFailureException("scripted connection failure", null);
            case Speech speech -> throw new AssertionError(
                    "the script speaks a recording but the flow asked for keys at " + prompt.keys() + "; heard so far "
                            + heard);
        };
        collections.add(new Collected(prompt.keys(), spec, input));
        return input;
    }

    @Override
    public RecordedAudio record(Utterance prompt, String file, Duration maxLength, Duration silence) {
        hear(prompt);
        Answer answer = script.poll();
        RecordedAudio audio = switch (answer) {
            case Speech speech -> new RecordedAudio(file, "wav",
                    speech.ending() == RecordedAudio.Ending.NOT_SAVED ? Duration.ZERO : min(speech.length(), maxLength),
                    speech.ending());
            case HangUp hangUp -> {
                callerGone = true;
                throw new CallerHungUpException();
            }
            case Failure failure -> throw new ChannelFailureException("scripted connection failure", null);
            case null, default -> throw new AssertionError(
                    "the script has no speech for the recording after " + prompt.keys() + "; heard so far " + heard);
        };
        recordings.add(new Recorded(prompt.keys(), file, maxLength, silence, audio));
        return audio;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void useLanguage(String language) {
        requireLive();
        this.language = language;
    }

    @Override
    public void transfer(String destination) {
        requireLive();
        this.transferredTo = destination;
    }

    @Override
    public void setVariable(String name, String value) {
        requireLive();
        variables.put(name, value);
        variablesSet.add(name + "=" + value);
    }

    @Override
    public Optional<String> variable(String name) {
        requireLive();
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isEmpty());
    }

    @Override
    public void hangup() {
        requireLive();
        flowHungUp = true;
        callerGone = true;
    }

    private void hear(Utterance utterance) {
        requireLive();
        for (String key : utterance.keys()) {
            if (!catalog.contains(key)) {
                throw new AssertionError("played prompt key '" + key + "' is not in the prompt catalog");
            }
            Runnable hook = hooks.remove(key);
            if (hook != null) {
                hook.run();
            }
            heard.add(key);
            if (key.equals(hangUpDuring)) {
                callerGone = true;
                throw new CallerHungUpException();
            }
        }
    }

    private void requireLive() {
        if (callerGone) {
            throw new CallerHungUpException();
        }
    }

    private static DigitInput toInput(String keys, DigitSpec spec) {
        Character terminator = spec.terminator();
        int end = terminator == null ? -1 : keys.indexOf(terminator);
        if (end >= 0) {
            if (end > spec.maxDigits()) {
                throw new AssertionError(
                        "scripted " + end + " keys before the terminator, the prompt takes " + spec.maxDigits());
            }
            return new DigitInput(keys.substring(0, end), DigitInput.Ending.TERMINATOR);
        }
        if (keys.length() > spec.maxDigits()) {
            throw new AssertionError("scripted " + keys.length() + " keys, the prompt takes " + spec.maxDigits());
        }
        return new DigitInput(keys,
                keys.length() == spec.maxDigits() ? DigitInput.Ending.MAX_DIGITS : DigitInput.Ending.TIMEOUT);
    }
}
