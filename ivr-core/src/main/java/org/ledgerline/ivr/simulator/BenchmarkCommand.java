package org.ledgerline.ivr.simulator;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.call.CallHandler;
import org.ledgerline.ivr.prompt.SoundLibrary;
import org.ledgerline.storage.seed.DemoSeeder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: holds many emulated calls against a FastAGI server and prints what it measured.
 * In-process, for our virtual-thread server, the stock Asterisk-Java server, or both side by side;
 * with {@code --target host:port}, against a node already running in another process (so the load
 * generator's own threads and GC do not share the server's JVM). Loopback only. By default each
 * caller rings from the demo caller ID and keys the demo PIN (a real ledger lookup and bcrypt check),
 * then sits in the main menu pressing the repeat key.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Load-test the FastAGI server with emulated Asterisk calls (loopback).")
public final class BenchmarkCommand implements Callable<Integer> {

    /** Which in-process servers to run. */
    enum Servers {
        FAST, STOCK, BOTH
    }

    private final @Nullable CallHandler handler;
    private final @Nullable SoundLibrary sounds;

    @Spec
    private CommandSpec spec;

    @Option(names = "--server", defaultValue = "BOTH",
            description = "in-process: FAST, STOCK or BOTH (default: ${DEFAULT-VALUE})")
    private Servers servers;

    @Option(names = "--target",
            description = "host:port of a running node's FastAGI listener (loopback); no in-process server")
    private @Nullable String target;

    @Option(names = "--server-pid",
            description = "with --target: the node's process id, to read its heap after a GC (jcmd)")
    private @Nullable Long serverPid;

    @Option(names = "--metrics-url", defaultValue = "http://127.0.0.1:8080/metrics",
            description = "with --server-pid: the node's Prometheus endpoint (default: ${DEFAULT-VALUE})")
    private URI metricsUrl;

    @Option(names = "--calls", defaultValue = "1000",
            description = "calls to place and hold (default: ${DEFAULT-VALUE})")
    private int calls;

    @Option(names = "--ramp-up-ms", defaultValue = "60000",
            description = "spread call set-up over this long (default: ${DEFAULT-VALUE})")
    private long rampUpMillis;

    @Option(names = "--setup-timeout-ms", defaultValue = "120000",
            description = "after the ramp, wait this long at most for every call to be held (default: ${DEFAULT-VALUE})")
    private long setupTimeoutMillis;

    @Option(names = "--hold-ms", defaultValue = "30000",
            description = "steady window: all calls held this long (default: ${DEFAULT-VALUE})")
    private long holdMillis;

    @Option(names = "--playback-ms", defaultValue = "1000",
            description = "length of each emulated prompt (default: ${DEFAULT-VALUE})")
    private long playbackMillis;

    @Option(names = "--sounds-dir",
            description = "the node's prompts.soundsDir: each prompt then plays for its recorded length, as on a real "
                    + "channel (--playback-ms is ignored)")
    private @Nullable Path soundsDirectory;

    @Option(names = "--script", defaultValue = "selfserve", description = "flow name in agi://host/<script>")
    private String script;

    @Option(names = "--caller-id", defaultValue = DemoSeeder.DEMO_PHONE_NUMBER,
            description = "caller ID of every call (default: the demo customer's, ${DEFAULT-VALUE})")
    private String callerId;

    @Option(names = "--keys", defaultValue = DemoSeeder.DEMO_PIN + "#",
            description = "keys each caller presses first (default: the demo PIN, \"${DEFAULT-VALUE}\")")
    private String openingKeys;

    @Option(names = "--repeat-key", defaultValue = "9", description = "key that repeats the menu the calls sit in")
    private char repeatKey;

    /**
     * @param handler the flows in-process servers run; {@code null} when only {@code --target} is possible
     * @param sounds  their sound library; {@code null} likewise
     */
    public BenchmarkCommand(@Nullable CallHandler handler, @Nullable SoundLibrary sounds) {
        this.handler = handler;
        this.sounds = sounds;
    }

    /** The command for a process that has no flows of its own: {@code --target} only. */
    public static BenchmarkCommand againstRunningServer() {
        return new BenchmarkCommand(null, null);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LoadPlan plan = new LoadPlan(calls, Duration.ofMillis(rampUpMillis), Duration.ofMillis(holdMillis),
                Duration.ofMillis(playbackMillis), script, callerId, openingKeys, repeatKey,
                Duration.ofMillis(setupTimeoutMillis), soundsDirectory);
        out.printf("plan: %d calls from %s keying \"%s\", ramp-up %d ms, steady hold %d ms, prompts %s%n",
                calls, callerId, openingKeys.replaceAll("[0-9]", "x"), rampUpMillis, holdMillis,
                soundsDirectory == null ? playbackMillis + " ms" : "as recorded in " + soundsDirectory);
        out.flush();
        if (target != null) {
            out.println(runAgainstTarget(target, plan).describe());
            out.flush();
            return 0;
        }
        if (handler == null || sounds == null) {
            throw new ParameterException(spec.commandLine(), "this process has no flows: use --target host:port");
        }
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

    private BenchmarkRun.Result runAgainstTarget(String target, LoadPlan plan) throws InterruptedException {
        int colon = target.lastIndexOf(':');
        if (colon < 1) {
            throw new ParameterException(spec.commandLine(), "--target must be host:port, got '" + target + "'");
        }
        String host = target.substring(0, colon);
        int port;
        try {
            port = Integer.parseInt(target.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--target port is not a number: '" + target + "'");
        }
        RemoteHeapProbe heap = serverPid == null ? null : new RemoteHeapProbe(serverPid, metricsUrl);
        return BenchmarkRun.runAgainst(host, port, plan, heap);
    }
}
