package org.ledgerline.ivr.telephony.agi;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.GetVariableCommand;
import org.asteriskjava.fastagi.command.HangupCommand;
import org.asteriskjava.fastagi.command.RecordFileCommand;
import org.asteriskjava.fastagi.command.SetContextCommand;
import org.asteriskjava.fastagi.command.SetExtensionCommand;
import org.asteriskjava.fastagi.command.SetPriorityCommand;
import org.asteriskjava.fastagi.command.SetVariableCommand;
import org.asteriskjava.fastagi.command.WaitForDigitCommand;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.ledgerline.ivr.call.CallChannel;
import org.ledgerline.ivr.call.CallerHungUpException;
import org.ledgerline.ivr.call.ChannelFailureException;
import org.ledgerline.ivr.call.DigitInput;
import org.ledgerline.ivr.call.DigitSpec;
import org.ledgerline.ivr.call.RecordedAudio;
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
 *
 * <p>A recording is LedgerLine's own beep ({@link SoundLibrary#beepFile()}, a {@code STREAM FILE}),
 * then {@code RECORD FILE <file> wav "#" <ms> 0 s=<sec>} without Asterisk's {@code BEEP} option
 * (which needs a core sound a bare Asterisk lacks); it answers {@code result=0 (timeout)} when
 * the time or the silence ran out, {@code result=35 (dtmf)} when the caller pressed {@code #},
 * {@code result=-1 (hangup)} when they hung up and {@code result=-1 (writefile)} (or
 * {@code (randomerror)}) when Asterisk could not write; {@code endpos} counts 8 kHz samples written.
 */
public final class AgiCallChannel implements CallChannel {
    private static final Logger log = LoggerFactory.getLogger(AgiCallChannel.class);
    static final String ALL_KEYS = "0123456789*#";
    private static final String NO_KEYS = "";
    private static final String RECORDING_FORMAT = "wav";
    private static final String RECORDING_STOP_KEY = "#";
    /** Asterisk records {@code wav} as 8 kHz 16-bit mono, so {@code endpos} samples / 8000 is seconds. */
    private static final long RECORDING_SAMPLE_RATE = 8000;

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
    public RecordedAudio record(Utterance prompt, String file, Duration maxLength, Duration silence) {
        play(prompt);
        streamBeep();
        int silenceSeconds = (int) Math.max(1, silence.toSeconds());
        // No BEEP option: it makes Asterisk play its own "beep", which a bare Asterisk lacks, and then it
        // refuses to record at all (res_agi.c handle_recordfile: "200 result=-1 (randomerror)"). Our beep played above.
        AgiReply reply = sender.send("RECORD FILE", new RecordFileCommand(
                file, RECORDING_FORMAT, RECORDING_STOP_KEY, Math.toIntExact(maxLength.toMillis()), 0, false,
                silenceSeconds));
        int result = resultCode(reply, "RECORD FILE");
        Duration length = Duration.ofMillis(endpos(reply) * 1000 / RECORDING_SAMPLE_RATE);
        if (result == -1) {
            if ("hangup".equals(reply.getExtra())) {
                throw new CallerHungUpException();
            }
            log.warn("Asterisk could not record to {} ({})", file, reply.getExtra());
            return new RecordedAudio(file, RECORDING_FORMAT, Duration.ZERO, RecordedAudio.Ending.NOT_SAVED);
        }
        RecordedAudio.Ending ending = result > 0
                ? RecordedAudio.Ending.KEY_PRESSED
                : RecordedAudio.Ending.TIME_OR_SILENCE;
        return new RecordedAudio(file, RECORDING_FORMAT, length, ending);
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

    @Override
    public void setVariable(String name, String value) {
        sender.send("SET VARIABLE", new SetVariableCommand(name, value));
    }

    @Override
    public Optional<String> variable(String name) {
        AgiReply reply = sender.send("GET VARIABLE", new GetVariableCommand(name));
        // result=1 (value) when set, result=0 when unset (FINDINGS); the value is in the reply's extra.
        if (resultCode(reply, "GET VARIABLE") != 1) {
            return Optional.empty();
        }
        String value = reply.getExtra();
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Plays one prompt; returns the key that interrupted it, or 0. */
    private char streamPrompt(String promptKey, String escapeDigits) {
        AgiReply reply = sender.send("STREAM FILE",
                new PromptStreamCommand(sounds.fileFor(language, promptKey), escapeDigits));
        int result = resultCode(reply, "STREAM FILE");
        if (result == -1) {
            if (endpos(reply) > 0) {
                throw new CallerHungUpException();
            }
            log.warn("Asterisk could not play prompt '{}' (language {}): sound file missing", promptKey, language);
            return 0;
        }
        return checkedKey(result);
    }

    /** Plays LedgerLine's recording beep to the end; a missing beep file is a WARN and the recording still starts. */
    private void streamBeep() {
        AgiReply reply = sender.send("STREAM FILE", new PromptStreamCommand(sounds.beepFile(), NO_KEYS));
        int result = resultCode(reply, "STREAM FILE");
        if (result == -1) {
            if (endpos(reply) > 0) {
                throw new CallerHungUpException();
            }
            log.warn("Asterisk could not play the recording beep {}: sound file missing", sounds.beepFile());
            return;
        }
        checkedKey(result);
    }

    private static char checkedKey(int result) {
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
