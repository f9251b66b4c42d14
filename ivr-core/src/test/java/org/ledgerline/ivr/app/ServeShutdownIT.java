package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ledgerline.storage.jdbc.EmbeddedLedgerServer;

/**
 * {@code ledgerline serve} told to stop (SIGTERM, as systemd or {@code docker stop} do) while its
 * transcription worker decodes a call: the node stops its parts in reverse order, the job being
 * decoded is given back to the queue, the embedded PostgreSQL stops last, and nothing logs a failure.
 * It used to stop PostgreSQL from a shutdown hook of its own, at the same time as the node's: the
 * worker's next write failed and the job stayed RUNNING until its lease ran out.
 */
class ServeShutdownIT {
    private static final Duration START_PATIENCE = Duration.ofMinutes(3);
    private static final Pattern FAILURE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} (WARN|ERROR) ");
    /** The demo's three dispute descriptions are queued first, then its three collector calls. */
    private static final String LAST_DISPUTE_DESCRIPTION_DONE = "transcription job 3 done";

    @TempDir
    Path workDir;

    @Test
    void sigtermWhileDecodingStopsInOrderGivesTheJobBackAndLogsNoFailure() throws Exception {
        ProcessBuilder serve = new ProcessBuilder(javaExecutable(), "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve")
                .directory(workDir.toFile())
                .redirectErrorStream(true);
        serve.environment().putAll(Map.of("LEDGERLINE_HTTP_HOST", "127.0.0.1", "LEDGERLINE_HTTP_PORT", "0",
                "LEDGERLINE_AGI_HOST", "127.0.0.1", "LEDGERLINE_AGI_PORT", "0",
                "LEDGERLINE_DATABASE_EMBEDDEDPORT", "0"));
        Process node = serve.start();
        List<String> output = new ArrayList<>();
        int linesBeforeStop;
        Thread reader;
        try {
            reader = awaitLine(node, output, LAST_DISPUTE_DESCRIPTION_DONE);
            synchronized (output) {
                linesBeforeStop = output.size();
            }
            // SIGTERM, through the handle: Process.destroy() would also close the pipes and lose what the
            // shutdown hooks log.
            assertThat(node.toHandle().destroy()).isTrue();
            assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("the node stops within a minute").isTrue();
        } finally {
            if (node.isAlive()) {
                node.destroyForcibly();
            }
        }
        assertThat(node.exitValue()).as("terminated by SIGTERM after its hooks ran").isEqualTo(143);
        reader.join(Duration.ofSeconds(30)); // it reads to the end of the output
        List<String> afterStop;
        synchronized (output) {
            afterStop = List.copyOf(output.subList(linesBeforeStop, output.size()));
        }

        assertThat(afterStop).as("log after SIGTERM:%n%s%nthe end of the whole log:%n%s", String.join("\n", afterStop),
                tail(output))
                .noneMatch(line -> FAILURE.matcher(line).find())
                .anyMatch(line -> line.contains("LedgerLine stopping"))
                .anyMatch(line -> line.contains("LedgerLine stopped"));
        assertThat(indexOf(afterStop, "AgiServer shut down")).as("calls stop before the ledger closes")
                .isLessThan(indexOf(afterStop, "LedgerLine stopped"));

        Map<String, Integer> jobs = jobsByStatusAfterRestartOfTheData(workDir.resolve("data/postgres"));
        assertThat(jobs).as("no job left claimed by the stopped worker; none failed").doesNotContainKey("RUNNING")
                .doesNotContainKey("FAILED_WITH_ERROR").doesNotContainKey("PARKED");
        assertThat(jobs.getOrDefault("QUEUED", 0)).as("the call being decoded, and any after it, are queued again")
                .isPositive();
        assertThat(jobs.getOrDefault("DONE", 0)).isGreaterThanOrEqualTo(3);
    }

    /** Job counts by status, with jobs carrying an error counted under FAILED_WITH_ERROR as well. */
    private static Map<String, Integer> jobsByStatusAfterRestartOfTheData(Path dataDir) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (EmbeddedLedgerServer postgres = EmbeddedLedgerServer.builder().dataDirectory(dataDir).start();
                Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("""
                        select status, count(*) from transcription_jobs group by status
                        union all
                        select 'FAILED_WITH_ERROR', count(*) from transcription_jobs where last_error is not null
                        having count(*) > 0
                        """)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line with '" + text + "' in:\n" + String.join("\n", lines));
    }

    /**
     * Reads the node's output (kept in {@code output}) until a line contains {@code text}; the
     * returned thread goes on reading to the end of the output.
     */
    private static Thread awaitLine(Process node, List<String> output, String text) throws Exception {
        CompletableFuture<Void> seen = new CompletableFuture<>();
        Thread reader = Thread.ofPlatform().daemon().name("node-output").start(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.contains(text)) {
                        seen.complete(null);
                    }
                }
                seen.completeExceptionally(new AssertionError("the node exited before '" + text + "':\n"
                        + tail(output)));
            } catch (IOException e) {
                seen.completeExceptionally(e);
            }
        });
        try {
            seen.get(START_PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no '" + text + "' within " + START_PATIENCE + ":\n" + tail(output), e);
        }
        return reader;
    }

    private static String tail(List<String> output) {
        synchronized (output) {
            return String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size()));
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElseThrow(() -> new IllegalStateException("no java command"));
    }
}
