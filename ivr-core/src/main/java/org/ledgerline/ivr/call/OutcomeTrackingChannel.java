package org.ledgerline.ivr.call;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.prompt.Utterance;

/**
 * Wraps the real channel to notice how the flow ended the call (transfer or hang-up), so the call
 * runner can record an outcome without every flow having to report one.
 */
final class OutcomeTrackingChannel implements CallChannel {
    private final CallChannel delegate;
    private @Nullable String transferredTo;
    private boolean hungUp;

    OutcomeTrackingChannel(CallChannel delegate) {
        this.delegate = delegate;
    }

    Optional<String> transferredTo() {
        return Optional.ofNullable(transferredTo);
    }

    boolean hungUp() {
        return hungUp;
    }

    @Override
    public void play(Utterance utterance) {
        delegate.play(utterance);
    }

    @Override
    public DigitInput collect(Utterance prompt, DigitSpec spec) {
        return delegate.collect(prompt, spec);
    }

    @Override
    public RecordedAudio record(Utterance prompt, String file, Duration maxLength, Duration silence) {
        return delegate.record(prompt, file, maxLength, silence);
    }

    @Override
    public void useLanguage(String language) {
        delegate.useLanguage(language);
    }

    @Override
    public void transfer(String destination) {
        delegate.transfer(destination);
        transferredTo = destination;
    }

    @Override
    public void hangup() {
        delegate.hangup();
        hungUp = true;
    }

    @Override
    public void setVariable(String name, String value) {
        delegate.setVariable(name, value);
    }

    @Override
    public Optional<String> variable(String name) {
        return delegate.variable(name);
    }
}
