package org.ledgerline.ivr.telephony.agi;

import java.time.Duration;
import java.util.List;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.HangupCommand;
import org.asteriskjava.fastagi.command.SetContextCommand;
import org.asteriskjava.fastagi.command.SetExtensionCommand;
import org.asteriskjava.fastagi.command.SetPriorityCommand;
import org.asteriskjava.fastagi.command.WaitForDigitCommand;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.CallerHungUpException;
import org.ledgerline.ivr.call.ChannelFailureException;
import org.ledgerline.ivr.call.DigitInput;
import org.ledgerline.ivr.call.DigitSpec;
import org.ledgerline.ivr.prompt.SoundLibrary;
import org.ledgerline.ivr.prompt.Utterance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel port over FastAGI. Prompts are {@code STREAM FILE}s (with every key as an escape
 * digit while collecting, so a key barges in), further keys come from {@code WAIT FOR DIGIT}, and a
 * transfer sets the dialplan context, extension and priority where Asterisk continues once the AGI
 * script returns.
 *
 * <p>Reply rules (FINDINGS, Asterisk 20): {@code STREAM FILE} answering {@code result=-1} with
 * {@code endpos>0} means the caller hung up during the prompt; with {@code endpos=0} the sound file
 * is missing (warned about by prompt key, the call goes on). Keyed digits are never logged here.
 */
public final class AgiCallChannel implements CallChannel {
    private static final Logger log = LoggerFactory.getLogger(AgiCallChannel.class);
    static final String ALL_KEYS = "0123456789*#";
    private static final String NO_KEYS = "";

    private final AgiCommandSender sender;
    private final SoundLibrary sounds;
    private String language;

    public AgiCallChannel(AgiChannel channel, SoundLibrary sounds, String language, AgiMetrics metrics) {
        this.sender = new AgiCommandSender(channel, metrics);
        this.sounds = sounds;
        this.language = language;
    }

    /** Answers the channel (harmless when the dialplan already did). */
    public void answer() {
        sender.send("ANSWER", new AnswerCommand());
    }

    @Override
    public void play(Utterance utterance) {
        for (String key : utterance.keys()) {
            streamPrompt(key, NO_KEYS);
        }
    }

    @Override
    public DigitInput collect(Utterance prompt, DigitSpec spec) {
        StringBuilder digits = new StringBuilder();
        char barge = 0;
        for (String key : prompt.keys()) {
            barge = streamPrompt(key, ALL_KEYS);
            if (barge != 0) {
                break;
            }
        }
        Duration timeout = spec.firstDigitTimeout();
        char pressed = barge;
        while (true) {
            if (pressed == 0) {
                pressed = waitForDigit(timeout);
                if (pressed == 0) {
                    return new DigitInput(digits.toString(), DigitInput.Ending.TIMEOUT);
                }
            }
            if (spec.terminator() != null && pressed == spec.terminator()) {
                return new DigitInput(digits.toString(), DigitInput.Ending.TERMINATOR);
            }
            digits.append(pressed);
            if (digits.length() >= spec.maxDigits()) {
                return new DigitInput(digits.toString(), DigitInput.Ending.MAX_DIGITS);
            }
            pressed = 0;
            timeout = spec.interDigitTimeout();
        }
    }

    @Override
    public void useLanguage(String language) {
        this.language = language;
    }

    @Override
    public void transfer(String destination) {
        List<String> parts = List.of(destination.split(",", -1));
        if (parts.size() != 3 || parts.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a transfer destination is context,extension,priority");
        }
        sender.send("SET CONTEXT", new SetContextCommand(parts.get(0).trim()));
        sender.send("SET EXTENSION", new SetExtensionCommand(parts.get(1).trim()));
        sender.send("SET PRIORITY", new SetPriorityCommand(parts.get(2).trim()));
    }

    @Override
    public void hangup() {
        sender.send("HANGUP", new HangupCommand());
    }

    /** Plays one prompt; returns the key that interrupted it, or 0. */
    private char streamPrompt(String promptKey, String escapeDigits) {
        AgiReply reply = sender.send("STREAM FILE", new PromptStreamCommand(sounds.fileFor(language, promptKey), escapeDigits));
        int result = resultCode(reply, "STREAM FILE");
        if (result == -1) {
            if (endpos(reply) > 0) {
                throw new CallerHungUpException();
            }
            log.warn("Asterisk could not play prompt '{}' (language {}): sound file missing", promptKey, language);
            return 0;
        }
        if (result < 0 || result > 127) {
            throw new ChannelFailureException("unexpected reply to STREAM FILE", null);
        }
        return (char) result;
    }

    /** Waits for one key; returns it, or 0 on timeout. */
    private char waitForDigit(Duration timeout) {
        AgiReply reply = sender.send("WAIT FOR DIGIT", new WaitForDigitCommand(timeout.toMillis()));
        int result = resultCode(reply, "WAIT FOR DIGIT");
        if (result == -1) {
            // Asterisk answers -1 when the channel went away while waiting.
            throw new CallerHungUpException();
        }
        if (result < 0 || result > 127) {
            throw new ChannelFailureException("unexpected reply to WAIT FOR DIGIT", null);
        }
        return (char) result;
    }

    /** The numeric {@code result=} of a 200 reply; anything else is a protocol failure (reply text not quoted: it may hold keys). */
    private static int resultCode(AgiReply reply, String verb) {
        if (reply.getStatus() != AgiReply.SC_SUCCESS) {
            throw new ChannelFailureException("unexpected status " + reply.getStatus() + " to " + verb, null);
        }
        try {
            return Integer.parseInt(reply.getResult());
        } catch (NumberFormatException e) {
            throw new ChannelFailureException("non-numeric result to " + verb, null);
        }
    }

    private static long endpos(AgiReply reply) {
        String endpos = reply.getAttribute("endpos");
        if (endpos == null) {
            return 0;
        }
        try {
            return Long.parseLong(endpos);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
