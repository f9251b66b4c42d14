package org.ledgerline.ivr.simulator;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One emulated Asterisk channel: executes AGI command lines and returns the reply lines Asterisk
 * 20.20.1 writes (FINDINGS), asking the {@link Caller} what happens at each key opportunity and
 * recording everything in the {@link CallTranscript}.
 *
 * <p>With a sounds directory, every command that refers to a sound file the directory lacks answers
 * as Asterisk 20 does on a bare install (no core sound pack): {@code STREAM FILE} {@code 200
 * result=-1 endpos=0}, {@code GET DATA} {@code 200 result=-1}, {@code RECORD FILE … BEEP}
 * {@code 200 result=-1 (randomerror) endpos=0} without recording, {@code SAY DIGITS} silence,
 * {@code SAY NUMBER} {@code 200 result=-1}, {@code EXEC Playback} {@code PLAYBACKSTATUS=FAILED}.
 * Each missing file is a {@link TranscriptEntry.SoundMissing} or a missing
 * {@link TranscriptEntry.PromptPlayed}, so a test can assert a call needed nothing Asterisk lacks.
 *
 * <p>Once the channel is dead (the caller or the server hung up), Asterisk writes {@code HANGUP} and
 * refuses every command with 511 except the few it allows on a dead channel.
 */
final class EmulatedChannel {
    private static final String ALL_KEYS = "0123456789*#";
    private static final long SAMPLE_RATE = 8000;
    private static final long DEFAULT_SAMPLES = SAMPLE_RATE;
    /** Asterisk's own tone before a recording: a core sound, absent from a bare Asterisk. */
    static final String BEEP = "beep";

    private final Caller caller;
    private final EmulatorOptions options;
    private final CallTranscript transcript;
    private final EmulatedSounds sounds;
    private final EmulatedSay say;
    private final Map<String, String> variables = new HashMap<>();
    private boolean dead;

    EmulatedChannel(String channelName, Caller caller, EmulatorOptions options, CallTranscript transcript) {
        this(channelName, "en", caller, options, transcript);
    }

    /** @param language the channel's language ({@code agi_language}): where relative sound names are looked up first */
    EmulatedChannel(String channelName, String language, Caller caller, EmulatorOptions options,
            CallTranscript transcript) {
        this.caller = caller;
        this.options = options;
        this.transcript = transcript;
        this.sounds = new EmulatedSounds(options.soundsDirectory(), language);
        this.say = new EmulatedSay(sounds, caller, transcript, options.playbackTime(), this::callerHangsUp);
        variables.put("CHANNEL", channelName);
    }

    /** Variables the channel carries before the script starts; not part of the transcript (the script did not set them). */
    void preset(Map<String, String> preset) {
        variables.putAll(preset);
    }

    boolean isDead() {
        return dead;
    }

    /** The caller hangs up between commands (e.g. the emulator's command budget ran out). */
    List<String> hangUpNow() {
        dead = true;
        transcript.add(new TranscriptEntry.CallerHungUp());
        return List.of("HANGUP");
    }

    List<String> execute(String line) {
        List<String> argv = AgiCommandLine.parse(line);
        AgiUsage command = AgiUsage.find(argv);
        if (command == null) {
            transcript.add(new TranscriptEntry.CommandRefused(line, 510));
            return List.of(AgiUsage.UNKNOWN);
        }
        if (dead && !command.allowedOnDeadChannel()) {
            transcript.add(new TranscriptEntry.CommandRefused(line, 511));
            return List.of(AgiUsage.DEAD_CHANNEL);
        }
        if (!command.acceptsWordCount(argv.size())) {
            return usage(command, line);
        }
        boolean wasDead = dead;
        String reply;
        try {
            reply = run(command, argv);
        } catch (NumberFormatException e) {
            // Asterisk's handlers answer a non-numeric timeout or length with the usage text.
            return usage(command, line);
        }
        if (dead && !wasDead) {
            // Asterisk notices the hang-up right after the command and tells the script at once.
            return List.of(reply, "HANGUP");
        }
        return List.of(reply);
    }

    private List<String> usage(AgiUsage command, String line) {
        transcript.add(new TranscriptEntry.CommandRefused(line, 520));
        return command.usageReply();
    }

    private String run(AgiUsage command, List<String> argv) {
        return switch (command) {
            case ANSWER, NOOP -> "200 result=0";
            case STREAM_FILE -> streamFile(argv.get(2), argv.get(3));
            case WAIT_FOR_DIGIT -> waitForDigit(argv.get(3));
            case GET_DATA -> getData(argv);
            case RECORD_FILE -> recordFile(argv);
            case SAY_DIGITS -> say.digits(argv.get(2), argv.get(3));
            case SAY_NUMBER -> say.number(argv.get(2), argv.get(3));
            case GET_VARIABLE -> getVariable(argv.get(2));
            case GET_FULL_VARIABLE -> getVariable(argv.get(3).replaceAll("^\\$\\{(.*)}$", "$1"));
            case SET_VARIABLE -> setVariable(argv.get(2), argv.get(3));
            case SET_CONTEXT -> dialplan("context", argv.get(2));
            case SET_EXTENSION -> dialplan("extension", argv.get(2));
            case SET_PRIORITY -> dialplan("priority", argv.get(2));
            case EXEC -> exec(argv);
            case VERBOSE -> verbose(argv.get(1));
            case HANGUP -> hangupByServer();
        };
    }

    private String streamFile(String file, String escapeDigits) {
        long samples = sounds.samples(file);
        if (samples < 0) {
            transcript.add(new TranscriptEntry.PromptPlayed(file, null, true, false));
            return "200 result=-1 endpos=0";
        }
        CallerAction action = caller.duringPrompt(escapeDigits);
        Duration length = playbackTime(samples);
        if (action instanceof CallerAction.Press(char key) && escapeDigits.indexOf(key) >= 0) {
            play(length.dividedBy(2));
            transcript.add(new TranscriptEntry.PromptPlayed(file, key, false, false));
            return "200 result=" + (int) key + " endpos=" + Math.max(1, samples / 2);
        }
        if (action instanceof CallerAction.HangUp) {
            play(length.dividedBy(2));
            transcript.add(new TranscriptEntry.PromptPlayed(file, null, false, true));
            callerHangsUp();
            return "200 result=-1 endpos=" + Math.max(1, samples / 2);
        }
        play(length);
        transcript.add(new TranscriptEntry.PromptPlayed(file, null, false, false));
        return "200 result=0 endpos=" + samples;
    }

    private String waitForDigit(String timeout) {
        long millis = Long.parseLong(timeout);
        CallerAction action = caller.whenAsked();
        if (action instanceof CallerAction.Press(char key)) {
            transcript.add(new TranscriptEntry.DigitWait(millis, key));
            return "200 result=" + (int) key;
        }
        if (action instanceof CallerAction.HangUp) {
            callerHangsUp();
            return "200 result=-1";
        }
        transcript.add(new TranscriptEntry.DigitWait(millis, null));
        return "200 result=0";
    }

    private String getData(List<String> argv) {
        String file = argv.get(2);
        int maxDigits = argv.size() > 4 ? Integer.parseInt(argv.get(4)) : 1024;
        long samples = sounds.samples(file);
        if (samples < 0) {
            transcript.add(new TranscriptEntry.PromptPlayed(file, null, true, false));
            return "200 result=-1";
        }
        StringBuilder digits = new StringBuilder();
        CallerAction action = caller.duringPrompt(ALL_KEYS);
        if (action instanceof CallerAction.Listen) {
            play(playbackTime(samples));
            action = caller.whenAsked();
        }
        while (true) {
            if (action instanceof CallerAction.HangUp) {
                callerHangsUp();
                return "200 result=-1";
            }
            if (!(action instanceof CallerAction.Press(char key))) {
                transcript.add(new TranscriptEntry.DataRequested(file, digits.toString(), true));
                return "200 result=" + digits + " (timeout)";
            }
            if (key != '#') {
                digits.append(key);
            }
            if (key == '#' || digits.length() >= maxDigits) {
                transcript.add(new TranscriptEntry.DataRequested(file, digits.toString(), false));
                return "200 result=" + digits;
            }
            action = caller.whenAsked();
        }
    }

    /**
     * As res/res_agi.c {@code handle_recordfile} (Asterisk 20, see {@link RecordFileArguments}): when
     * Asterisk's own {@code beep} is asked for and missing, the answer is
     * {@code 200 result=-1 (randomerror) endpos=<offset>} and nothing is recorded (FINDINGS: a bare
     * Asterisk logs "File beep does not exist in any format").
     */
    private String recordFile(List<String> argv) {
        String file = argv.get(2);
        String escapeDigits = argv.get(4);
        RecordFileArguments arguments = RecordFileArguments.of(argv);
        if (arguments.beep() && !sounds.exists(BEEP)) {
            transcript.add(new TranscriptEntry.SoundMissing(BEEP, "RECORD FILE"));
            return "200 result=-1 (randomerror) endpos=" + arguments.sampleOffset();
        }
        CallerAction action = caller.duringPrompt(escapeDigits);
        transcript.add(new TranscriptEntry.RecordingMade(file));
        if (action instanceof CallerAction.Press(char key)) {
            return "200 result=" + (int) key + " (dtmf) endpos=" + DEFAULT_SAMPLES;
        }
        if (action instanceof CallerAction.HangUp) {
            callerHangsUp();
            return "200 result=-1 (hangup) endpos=" + DEFAULT_SAMPLES;
        }
        return "200 result=0 (timeout) endpos=" + (2 * DEFAULT_SAMPLES);
    }

    private String getVariable(String name) {
        String value = variables.get(name);
        return value == null ? "200 result=0" : "200 result=1 (" + value + ")";
    }

    private String setVariable(String name, String value) {
        variables.put(name, value);
        transcript.add(new TranscriptEntry.VariableSet(name, value));
        return "200 result=1";
    }

    private String dialplan(String field, String value) {
        transcript.add(new TranscriptEntry.DialplanSet(field, value));
        return "200 result=0";
    }

    /**
     * {@code EXEC}: the application runs and answers {@code 200 result=0}. {@code Playback} of a
     * missing file is what apps/app_playback.c does: a warning, the next file, and
     * {@code PLAYBACKSTATUS=FAILED}, still with result 0.
     */
    private String exec(List<String> argv) {
        String arguments = argv.size() > 2 ? String.join(" ", argv.subList(2, argv.size())) : "";
        transcript.add(new TranscriptEntry.ApplicationRun(argv.get(1), arguments));
        if (argv.get(1).equalsIgnoreCase("Playback")) {
            List<String> missing = sounds.missingOfPlayback(arguments);
            missing.forEach(file -> transcript.add(new TranscriptEntry.SoundMissing(file, "EXEC Playback")));
            variables.put("PLAYBACKSTATUS", missing.isEmpty() ? "SUCCESS" : "FAILED");
        }
        return "200 result=0";
    }

    private String verbose(String message) {
        transcript.add(new TranscriptEntry.Verbose(message));
        return "200 result=1";
    }

    private String hangupByServer() {
        dead = true;
        transcript.add(new TranscriptEntry.ServerHungUp());
        return "200 result=1";
    }

    private void callerHangsUp() {
        dead = true;
        transcript.add(new TranscriptEntry.CallerHungUp());
    }

    /** How long a prompt of {@code samples} plays: its recorded length, or the configured pace. */
    private Duration playbackTime(long samples) {
        return options.playsRecordedLength()
                ? Duration.ofNanos(samples * 1_000_000_000L / SAMPLE_RATE)
                : options.playbackTime();
    }

    static void play(Duration time) {
        if (time.isZero()) {
            return;
        }
        try {
            Thread.sleep(time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
