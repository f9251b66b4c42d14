package org.ledgerline.ivr.simulator;

import java.time.Duration;
import java.util.List;

/**
 * {@code SAY DIGITS} and {@code SAY NUMBER} on an emulated channel, with the files Asterisk's
 * main/say.c plays for them: on a bare Asterisk (no core sound pack) they are missing, and the
 * replies are those Asterisk 20 gives then.
 */
final class EmulatedSay {
    private final EmulatedSounds sounds;
    private final Caller caller;
    private final CallTranscript transcript;
    private final Duration playbackTime;
    private final Runnable callerHangsUp;

    EmulatedSay(EmulatedSounds sounds, Caller caller, CallTranscript transcript, Duration playbackTime,
            Runnable callerHangsUp) {
        this.sounds = sounds;
        this.caller = caller;
        this.transcript = transcript;
        this.playbackTime = playbackTime;
        this.callerHangsUp = callerHangsUp;
    }

    /**
     * As main/say.c (Asterisk 20): a digit whose {@code digits/N} file is missing is skipped, so a
     * bare Asterisk answers {@code 200 result=0} having said nothing (FINDINGS measured exactly that
     * reply); the transcript keeps each missing file.
     *
     * @throws NumberFormatException {@code digits} does not start with a number (the usage reply follows)
     */
    String digits(String digits, String escapeDigits) {
        RecordFileArguments.leadingNumber(digits);
        List<String> files = EmulatedSounds.digitFiles(digits);
        List<String> missing = sounds.missing(files);
        missing.forEach(file -> transcript.add(new TranscriptEntry.SoundMissing(file, "SAY DIGITS")));
        if (missing.size() == files.size()) {
            return "200 result=0";
        }
        transcript.add(new TranscriptEntry.DigitsSaid(digits));
        return play(escapeDigits);
    }

    /**
     * As main/say.c {@code ast_say_number_full_en}: the first missing file ends it with {@code 200 result=-1}.
     *
     * @throws NumberFormatException {@code number} is not a number (the usage reply follows)
     */
    String number(String number, String escapeDigits) {
        List<String> missing = sounds.missing(EmulatedSounds.numberFiles(RecordFileArguments.leadingNumber(number)));
        if (!missing.isEmpty()) {
            transcript.add(new TranscriptEntry.SoundMissing(missing.getFirst(), "SAY NUMBER"));
            return "200 result=-1";
        }
        transcript.add(new TranscriptEntry.DigitsSaid(number));
        return play(escapeDigits);
    }

    private String play(String escapeDigits) {
        CallerAction action = caller.duringPrompt(escapeDigits);
        if (action instanceof CallerAction.Press(char key)) {
            return "200 result=" + (int) key;
        }
        if (action instanceof CallerAction.HangUp) {
            callerHangsUp.run();
            return "200 result=-1";
        }
        EmulatedChannel.play(playbackTime);
        return "200 result=0";
    }
}
