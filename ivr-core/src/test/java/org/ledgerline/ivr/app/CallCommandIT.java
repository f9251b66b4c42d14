package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.storage.seed.DemoSeeder;
import org.ledgerline.storage.testing.TestLedgers;
import picocli.CommandLine;

/**
 * The README's "Call it without a phone" command, run through {@link Main}'s own command line
 * against a real node (embedded PostgreSQL, demo ledger, FastAGI over TCP) on the self-serve flow.
 *
 * <p>The node tells Asterisk to play its prompts from a copy of its sounds directory (as when
 * Asterisk mounts the directory elsewhere), so a test can take one file away from what the
 * simulator, standing in for Asterisk, can see.
 */
class CallCommandIT {
    private static final String BALANCE_FILE = "en/balance-past-due.wav";

    @TempDir
    static Path asteriskSounds;

    private static RunningServer node;

    @BeforeAll
    static void startNode() throws IOException {
        node = RunningServer.on(TestLedgers.newDatabase(),
                Map.of("ledgerline.prompts.asteriskSoundsPath", asteriskSounds.toString()));
        copyTree(node.sounds(), asteriskSounds); // rendered when the node started
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void readmeCallPrintsTheGreetingTheKeysTheBalanceAndTheTransfer() {
        Printed call = runCall("--host", "127.0.0.1", "--port", String.valueOf(node.server.agiPort()),
                "--from", DemoSeeder.DEMO_PHONE_NUMBER, "--keys", DemoSeeder.DEMO_PIN + "# 1 0",
                "--sounds", asteriskSounds.toString());

        assertThat(call.exitCode()).isZero();
        assertThat(call.text())
                .startsWith("Calling agi://127.0.0.1:" + node.server.agiPort() + "/selfserve from 5551001")
                .contains("  << selfserve-greeting: \"Thank you for calling the accounts line.\"")
                .contains("  << id-caller-id-enter-pin: \"We found your account from the number you are calling from.")
                .contains("  << balance-past-due: \"Your past due balance is\"")
                .contains("  == transferred to ledgerline-agents,s,1")
                .doesNotContain("[sound file missing]");
        assertThat(call.text().lines().filter(line -> line.startsWith("  >> key ")))
                .map(line -> line.substring("  >> key ".length(), "  >> key ".length() + 1))
                .containsExactly("1", "2", "3", "4", "#", "1", "0");
    }

    @Test
    void aPromptFileAsteriskCannotSeeShowsAsMissingAndTheCallGoesOn() throws IOException {
        Printed call = withTheBalancePromptHidden(() -> runCall("--port", String.valueOf(node.server.agiPort()),
                "--from", DemoSeeder.DEMO_PHONE_NUMBER, "--keys", DemoSeeder.DEMO_PIN + "# 1 0",
                "--sounds", asteriskSounds.toString()));

        assertThat(call.exitCode()).isZero();
        assertThat(call.text())
                .contains("  << balance-past-due: \"Your past due balance is\"   [sound file missing]")
                .contains("  << balance-total-open: \"Your total open balance is\"\n")
                .contains("  == transferred to ledgerline-agents,s,1");
        assertThat(call.text().lines().filter(line -> line.contains("[sound file missing]"))).hasSize(1);
    }

    @Test
    void withoutSoundsEveryPromptCountsAsPlayed() throws IOException {
        Printed call = withTheBalancePromptHidden(() -> runCall("--port", String.valueOf(node.server.agiPort()),
                "--from", DemoSeeder.DEMO_PHONE_NUMBER, "--keys", DemoSeeder.DEMO_PIN + "# 1 0"));

        assertThat(call.exitCode()).isZero();
        assertThat(call.text())
                .contains("  << balance-past-due: \"Your past due balance is\"\n")
                .doesNotContain("[sound file missing]");
    }

    /** Runs {@code call} while the balance prompt's file is moved out of Asterisk's sight, then puts it back. */
    private static Printed withTheBalancePromptHidden(Supplier<Printed> call) throws IOException {
        Path balance = asteriskSounds.resolve(BALANCE_FILE);
        Path aside = asteriskSounds.resolve(BALANCE_FILE + ".aside");
        Files.move(balance, aside);
        try {
            return call.get();
        } finally {
            Files.move(aside, balance);
        }
    }

    private record Printed(int exitCode, String text) {}

    private static Printed runCall(String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] args = Stream.concat(Stream.of("call"), Stream.of(options)).toArray(String[]::new);
        int exit = cli.execute(args);
        assertThat(err.toString()).isEmpty();
        return new Printed(exit, out.toString().replace(System.lineSeparator(), "\n"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
