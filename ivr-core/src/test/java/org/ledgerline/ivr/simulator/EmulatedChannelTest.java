package org.ledgerline.ivr.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmulatedChannelTest {

    private final CallTranscript transcript = new CallTranscript();

    private EmulatedChannel channel(String callerScript) {
        return new EmulatedChannel("SIP/trunk-00000001", CallerScript.parse(callerScript), EmulatorOptions.defaults(),
                transcript);
    }

    @Test
    void splitsCommandLinesAsAsteriskDoes() {
        assertThat(AgiCommandLine.parse("STREAM FILE \"x\" \"0123456789\"")).containsExactly("STREAM", "FILE", "x",
                "0123456789");
        assertThat(AgiCommandLine.parse("STREAM FILE hello \"\"")).containsExactly("STREAM", "FILE", "hello", "");
        assertThat(AgiCommandLine.parse("VERBOSE \"say \\\"hi\\\" now\" 1")).containsExactly("VERBOSE",
                "say \"hi\" now", "1");
        assertThat(AgiCommandLine.parse("  ANSWER  ")).containsExactly("ANSWER");
    }

    @Test
    void readsCallerScriptsWithAndWithoutSpaces() {
        CallerScript caller = CallerScript.parse("1 2 # _ H");
        assertThat(caller.remaining()).isEqualTo(5);
        assertThat(CallerScript.parse("1234#").remaining()).isEqualTo(5);
        assertThatThrownBy(() -> CallerScript.parse("1 x")).hasMessageContaining("'x'");
    }

    @Test
    void promptInterruptedByAnEscapeDigitConsumesTheKeyAndAnswersItsAsciiCode() {
        EmulatedChannel channel = channel("1");
        assertThat(channel.execute("STREAM FILE \"hello\" \"0123456789\""))
                .containsExactly("200 result=49 endpos=4000");
        assertThat(channel.execute("WAIT FOR DIGIT 5000")).containsExactly("200 result=0");
        assertThat(transcript.entries()).containsExactly(
                new TranscriptEntry.PromptPlayed("hello", '1', false, false),
                new TranscriptEntry.DigitWait(5000, null));
    }

    @Test
    void promptWithoutEscapeDigitsPlaysOutAndLeavesTheKeyForTheNextWait() {
        EmulatedChannel channel = channel("7");
        assertThat(channel.execute("STREAM FILE hello \"\"")).containsExactly("200 result=0 endpos=8000");
        assertThat(channel.execute("WAIT FOR DIGIT 3000")).containsExactly("200 result=55");
    }

    @Test
    void missingSoundFileAnswersMinusOneWithEndposZero(@TempDir Path sounds) throws Exception {
        Files.write(sounds.resolve("present.wav"), new byte[44 + 3011 * 2]);
        EmulatedChannel channel = new EmulatedChannel(
                "SIP/x", CallerScript.parse(""), EmulatorOptions.defaults().withSoundsDirectory(sounds), transcript);
        assertThat(channel.execute("STREAM FILE \"present\" \"\"")).containsExactly("200 result=0 endpos=3011");
        assertThat(channel.execute("STREAM FILE \"does-not-exist\" \"\"")).containsExactly("200 result=-1 endpos=0");
    }

    @Test
    @SuppressWarnings("NullAway") // passes null on purpose: the guard must refuse a missing directory
    void inLoadRunsAPromptPlaysForItsRecordedLengthAsOnARealChannel(@TempDir Path sounds) throws Exception {
        Files.write(sounds.resolve("short.wav"), new byte[44 + 1600 * 2]);
        EmulatedChannel channel = new EmulatedChannel("SIP/x", CallerScript.parse(""),
                EmulatorOptions.defaults().withPlaybackTime(Duration.ofMinutes(5)).withRecordedLengthsFrom(sounds),
                transcript);

        long started = System.nanoTime();
        assertThat(channel.execute("STREAM FILE \"short\" \"\"")).containsExactly("200 result=0 endpos=1600");
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        // 1,600 samples at 8 kHz last 200 ms; the five-minute fixed pace is not used.
        assertThat(elapsedMillis).isBetween(200L, 60_000L);
        assertThatThrownBy(() -> EmulatorOptions.defaults().withRecordedLengthsFrom(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sounds directory");
    }

    @Test
    void hangUpDuringPromptAnswersMinusOneThenHangupAndRefusesLaterCommands() {
        EmulatedChannel channel = channel("H");
        assertThat(channel.execute("STREAM FILE \"hello-long\" \"\"")).containsExactly("200 result=-1 endpos=4000",
                "HANGUP");
        assertThat(channel.execute("WAIT FOR DIGIT 5000"))
                .containsExactly("511 Command Not Permitted on a dead channel or intercept routine");
        assertThat(channel.execute("VERBOSE \"x\" 1")).containsExactly("200 result=1");
        assertThat(channel.execute("SET VARIABLE \"AJ_AGISTATUS\" \"SUCCESS\"")).containsExactly("200 result=1");
        assertThat(transcript.callerHungUp()).isTrue();
        assertThat(transcript.agiStatus()).contains("SUCCESS");
        assertThat(transcript.refused(511)).containsExactly("WAIT FOR DIGIT 5000");
    }

    @Test
    void unknownCommandsAndWrongArityGetAsterisksErrorReplies() {
        EmulatedChannel channel = channel("");
        assertThat(channel.execute("FOO BAR")).containsExactly("510 Invalid or unknown command");
        assertThat(channel.execute("STREAM")).containsExactly("510 Invalid or unknown command");
        List<String> usage = channel.execute("WAIT FOR DIGIT");
        assertThat(usage).hasSize(3);
        assertThat(usage.getFirst()).isEqualTo("520-Invalid command syntax.  Proper usage follows:");
        assertThat(usage.getLast()).isEqualTo("520 End of proper usage.");
        assertThat(channel.execute("WAIT FOR DIGIT soon").getFirst()).startsWith("520-");
    }

    @Test
    void answersGetDataRecordSayDigitsVariablesAndExecAsAsterisk() {
        EmulatedChannel channel = channel("1234# _ 9");
        assertThat(channel.execute("GET DATA \"hello\" 5000 4")).containsExactly("200 result=1234");
        assertThat(channel.execute("WAIT FOR DIGIT 100")).containsExactly("200 result=35");
        assertThat(channel.execute("RECORD FILE \"/tmp/name\" \"wav\" \"#\" 3000 0 s=2"))
                .containsExactly("200 result=0 (timeout) endpos=16000");
        assertThat(channel.execute("SAY DIGITS 123 \"\"")).containsExactly("200 result=0");
        assertThat(channel.execute("GET VARIABLE CHANNEL")).containsExactly("200 result=1 (SIP/trunk-00000001)");
        assertThat(channel.execute("GET VARIABLE NOPE")).containsExactly("200 result=0");
        assertThat(channel.execute("EXEC \"Wait\" \"0.1\"")).containsExactly("200 result=0");
        assertThat(channel.execute("GET DATA \"hello\" 5000 4")).containsExactly("200 result= (timeout)");
        assertThat(channel.execute("ANSWER")).containsExactly("200 result=0");
    }

    @Test
    void serverHangupKillsTheChannel() {
        EmulatedChannel channel = channel("");
        assertThat(channel.execute("HANGUP")).containsExactly("200 result=1", "HANGUP");
        assertThat(channel.execute("STREAM FILE \"x\" \"\""))
                .containsExactly("511 Command Not Permitted on a dead channel or intercept routine");
        assertThat(transcript.serverHungUp()).isTrue();
    }

    @Test
    void transferDestinationComesFromContextExtensionAndPriority() {
        EmulatedChannel channel = channel("");
        channel.execute("SET CONTEXT \"ledgerline-agents\"");
        channel.execute("SET EXTENSION \"100\"");
        assertThat(transcript.transferDestination()).isEmpty();
        channel.execute("SET PRIORITY \"1\"");
        assertThat(transcript.transferDestination()).contains("ledgerline-agents,100,1");
    }

    @Test
    void environmentBlockMatchesAsterisk20() {
        AgiEnvironment env = new AgiEnvironment("selfserve", "5551001", "Ann", "SIP/trunk-00000002", "1795510179.2",
                "en", "ledgerline-inbound", "s", List.of("arg1"));
        List<String> lines = env.lines("127.0.0.1", 4573);
        assertThat(lines).startsWith(
                "agi_network: yes",
                "agi_network_script: selfserve",
                "agi_request: agi://127.0.0.1:4573/selfserve",
                "agi_channel: SIP/trunk-00000002",
                "agi_language: en",
                "agi_type: SIP",
                "agi_uniqueid: 1795510179.2",
                "agi_version: 20.20.1",
                "agi_callerid: 5551001",
                "agi_calleridname: Ann",
                "agi_callingpres: 0");
        assertThat(lines).contains("agi_dnid: unknown", "agi_priority: 1", "agi_enhanced: 0.0", "agi_accountcode: ");
        assertThat(lines.getLast()).isEqualTo("agi_arg_1: arg1");
        assertThat(AgiEnvironment.sipCall("x", "").lines("h", 1)).contains("agi_callerid: unknown");
    }
}
