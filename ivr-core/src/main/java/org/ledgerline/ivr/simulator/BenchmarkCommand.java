package org.ledgerline.ivr.simulator;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.ledgerline.ivr.call.CallHandler;
import org.ledgerline.ivr.prompt.SoundLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: holds many emulated calls against an in-process FastAGI server and prints what it
 * measured, for our virtual-thread server, the stock Asterisk-Java server, or both side by side.
 * Loopback only. The caller of this command supplies the flow (normally the self-serve menu) and its
 * sound library; held callers press the repeat key at every menu.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Load-test the FastAGI server with emulated Asterisk calls (loopback, in-process).")
public final class BenchmarkCommand implements Callable<Integer> {

    /** Which servers to run. */
    enum Servers { FAST, STOCK, BOTH }

    private final CallHandler handler;
    private final SoundLibrary sounds;

    @Spec
    private CommandSpec spec;

    @Option(names = "--server", defaultValue = "BOTH", description = "FAST, STOCK or BOTH (default: ${DEFAULT-VALUE})")
    private Servers servers;

    @Option(names = "--calls", defaultValue = "1000", description = "calls held at once (default: ${DEFAULT-VALUE})")
    private int calls;

    @Option(names = "--ramp-up-ms", defaultValue = "5000", description = "spread call set-up over this long")
    private long rampUpMillis;

    @Option(names = "--hold-ms", defaultValue = "5000", description = "hold all calls this long once set up")
    private long holdMillis;

    @Option(names = "--playback-ms", defaultValue = "1000", description = "length of each emulated prompt")
    private long playbackMillis;

    @Option(names = "--script", defaultValue = "selfserve", description = "flow name in agi://host/<script>")
    private String script;

    @Option(names = "--keys", defaultValue = "", description = "keys each caller presses first, e.g. \"1234 # 0000 #\"")
    private String openingKeys;

    @Option(names = "--repeat-key", defaultValue = "9", description = "key that repeats the menu the calls sit in")
    private char repeatKey;

    public BenchmarkCommand(CallHandler handler, SoundLibrary sounds) {
        this.handler = handler;
        this.sounds = sounds;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LoadPlan plan = new LoadPlan(calls, Duration.ofMillis(rampUpMillis), Duration.ofMillis(holdMillis),
                Duration.ofMillis(playbackMillis), script, openingKeys, repeatKey, Duration.ofSeconds(60));
        List<BenchmarkRun.ServerKind> kinds = switch (servers) {
            case FAST -> List.of(BenchmarkRun.ServerKind.FAST);
            case STOCK -> List.of(BenchmarkRun.ServerKind.STOCK);
            case BOTH -> List.of(BenchmarkRun.ServerKind.FAST, BenchmarkRun.ServerKind.STOCK);
        };
        for (BenchmarkRun.ServerKind kind : kinds) {
            out.println(BenchmarkRun.run(kind, handler, sounds, plan).describe());
            out.flush();
        }
        return 0;
    }
}
