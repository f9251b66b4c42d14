package org.ledgerline.ivr.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.config.ConfigException;
import org.ledgerline.ivr.config.ConfigLoader;
import org.ledgerline.ivr.config.LedgerLineConfig;
import org.ledgerline.ivr.prompt.PromptCatalog;
import org.ledgerline.ivr.simulator.BenchmarkCommand;
import org.ledgerline.ivr.simulator.CallSimulatorCommand;
import org.ledgerline.ivr.simulator.CatalogPromptTexts;
import org.ledgerline.storage.Ledger;
import org.ledgerline.storage.LedgerSettings;
import org.ledgerline.storage.account.PinHasher;
import org.ledgerline.storage.jdbc.EmbeddedLedgerServer;
import org.ledgerline.storage.seed.DemoSeeder;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code ledgerline} command: {@code serve} (the default) runs a node; {@code users} manages
 * back-office users; {@code call} simulates a phone call against a running node; {@code prompts}
 * renders the prompt audio; {@code bench} runs the FastAGI load benchmark against the real
 * self-serve flow on an embedded ledger.
 */
@Command(name = "ledgerline", mixinStandardHelpOptions = true, version = "LedgerLine 0.1.0",
        description = "Credit-and-collections IVR server for Asterisk.",
        subcommands = {Main.Serve.class, Main.Prompts.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        CommandLine cli = commandLine();
        if (args.length > 0 && args[0].equals("bench")) {
            if (java.util.Arrays.stream(args).anyMatch(arg -> arg.startsWith("--target"))) {
                // Load against a node in another process: no flows, no ledger in this one.
                cli.addSubcommand("bench", BenchmarkCommand.againstRunningServer());
                System.exit(cli.execute(args));
            }
            System.exit(runBenchmark(cli, args));
        }
        System.exit(cli.execute(args.length == 0 ? new String[] {"serve"} : args));
    }

    @Override
    public Integer call() {
        return new Serve().call();
    }

    /**
     * The command line every subcommand but {@code bench} runs through (that one needs a ledger
     * before its options are parsed, see {@link #runBenchmark}); built apart from {@link #main} so
     * tests run the real commands without the process exiting.
     */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand("call", new CallSimulatorCommand(new CatalogPromptTexts(PromptCatalog::fromClasspath)));
        cli.addSubcommand("users", new UsersCommand(System.in, System.console()));
        return cli;
    }

    /** {@code serve}: run a node until interrupted (Ctrl-C / SIGTERM shut it down cleanly). */
    @Command(name = "serve", mixinStandardHelpOptions = true, description = "Run a LedgerLine node.")
    static final class Serve implements Callable<Integer> {
        @Option(names = "--config", description = "JSON file overriding the defaults (see README)")
        @Nullable
        Path configFile;

        @Override
        public Integer call() {
            LedgerLineConfig config;
            try {
                config = ConfigLoader.load(Optional.ofNullable(configFile));
            } catch (ConfigException e) {
                System.err.println("ledgerline: configuration error: " + e.getMessage());
                return 2;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            LedgerLineServer.startUntilJvmExit(config, stopped::countDown);
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }
    }

    /** {@code prompts}: render every catalog prompt to WAV without starting a node. */
    @Command(name = "prompts", mixinStandardHelpOptions = true,
            description = "Render the prompt audio (8 kHz 16-bit mono WAV) into the sounds directory.")
    static final class Prompts implements Callable<Integer> {
        @Option(names = "--out", description = "sounds directory (default: prompts.soundsDir)")
        @Nullable
        Path out;

        @Override
        public Integer call() {
            LedgerLineConfig config = ConfigLoader.load(Optional.empty());
            CallWiring.generate(PromptCatalog.fromClasspath(config.prompts().defaultLanguage()),
                    out != null ? out : config.prompts().soundsDir());
            return 0;
        }
    }

    /**
     * {@code bench}: the flows need a ledger, so the benchmark gets a throw-away embedded one with
     * the demo data before its options are parsed.
     */
    private static int runBenchmark(CommandLine cli, String[] args) {
        LedgerLineConfig config = ConfigLoader.load(Optional.empty());
        try (EmbeddedLedgerServer db = EmbeddedLedgerServer.startEphemeral();
                Ledger ledger = Ledger.open(new LedgerSettings(db.jdbcUrl(), db.user(), db.password(),
                        config.database().poolSize(), config.database().connectionTimeout()))) {
            Clock clock = Clock.systemUTC();
            DemoSeeder.seedIfEmpty(ledger, PinHasher.standard(), LocalDate.now(clock));
            CallWiring.Prompts prompts = CallWiring.preparePrompts(config.prompts());
            cli.addSubcommand("bench", new BenchmarkCommand(
                    CallWiring.callRunner(ledger, prompts.catalog(), config,
                            CallWiring.noCardPayments(config), clock),
                    prompts.sounds()));
            return cli.execute(args);
        }
    }
}
