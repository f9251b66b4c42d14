package org.ledgerline.ivr.simulator;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code call}: places one call at a running LedgerLine exactly as Asterisk would and prints it turn
 * by turn: each prompt (its key and, when a text lookup is given, what it says), each key sent, and
 * how the call ended. Prompt keys are the last path segment of the files the server plays.
 */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = "Simulate a phone call to a running LedgerLine FastAGI server.")
public final class CallSimulatorCommand implements Callable<Integer> {
    private final BiFunction<String, String, String> promptText;

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "FastAGI host (default: ${DEFAULT-VALUE})")
    private String host;

    @Option(names = "--port", defaultValue = "4573", description = "FastAGI port (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--from", defaultValue = "", description = "caller ID (empty: withheld)")
    private String from;

    @Option(names = "--keys", defaultValue = "",
            description = "what the caller does: keys, _ = stay silent once, H = hang up")
    private String keys;

    @Option(names = "--script", defaultValue = "selfserve", description = "flow name in agi://host:port/<script>")
    private String script;

    @Option(names = "--language", defaultValue = "en", description = "channel language (default: ${DEFAULT-VALUE})")
    private String language;

    @Option(names = "--sounds", description = "sounds directory: prompts without a .wav there fail as in Asterisk")
    private Path sounds;

    @Option(names = "--hang-up-at-end", description = "hang up once the keys are used up (default: stay silent)")
    private boolean hangUpAtEnd;

    /** @param promptText (language, prompt key) → the words of the prompt, or {@code null} if unknown */
    public CallSimulatorCommand(BiFunction<String, String, String> promptText) {
        this.promptText = promptText;
    }

    /** Without prompt texts: prints prompt keys only. */
    public CallSimulatorCommand() {
        this((language, key) -> null);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        EmulatorOptions options = EmulatorOptions.defaults().withSoundsDirectory(sounds).withMaxCommands(2_000)
                .withSocketTimeout(Duration.ofSeconds(60));
        out.printf("Calling agi://%s:%d/%s from %s%n", host, port, script, from.isEmpty() ? "a withheld number" : from);
        CallTranscript transcript = new AsteriskAgiEmulator(host, port, options)
                .call(AgiEnvironment.sipCall(script, from).withLanguage(language),
                        CallerScript.parse(keys, hangUpAtEnd));
        for (TranscriptEntry entry : transcript.entries()) {
            if (!(entry instanceof TranscriptEntry.DialplanSet)
                    && !(entry instanceof TranscriptEntry.ConnectionClosed)) {
                out.println(turn(entry));
            }
        }
        transcript.transferDestination().ifPresent(to -> out.println("  == transferred to " + to));
        out.println("  == call left the IVR after " + transcript.commandsReceived() + " AGI commands");
        out.flush();
        return transcript.commandsReceived() == 0 ? 1 : 0;
    }

    private String turn(TranscriptEntry entry) {
        return switch (entry) {
            case TranscriptEntry.PromptPlayed p -> "  << " + promptLine(p.file())
                    + (p.missing() ? "   [sound file missing]" : "")
                    + (p.interruptedBy() == null ? "" : "\n  >> key " + p.interruptedBy() + " (barge-in)");
            case TranscriptEntry.DigitWait w -> w.key() == null ? "  .. (silence)" : "  >> key " + w.key();
            case TranscriptEntry.CallerHungUp h -> "  >> caller hangs up";
            case TranscriptEntry.ServerHungUp h -> "  == LedgerLine hangs up";
            default -> "  -- " + entry.describe();
        };
    }

    private String promptLine(String file) {
        String key = CallTranscript.promptKey(file);
        String text = promptText.apply(language, key);
        return text == null ? key : key + ": \"" + text + "\"";
    }
}
