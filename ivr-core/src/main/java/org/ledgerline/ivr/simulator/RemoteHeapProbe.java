package org.ledgerline.ivr.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Reads the used heap of a LedgerLine node running in another process on this machine: asks that
 * JVM for a full GC ({@code jcmd <pid> GC.run}, so garbage does not count as per-call state), then
 * sums {@code jvm_memory_used_bytes{area="heap"}} from the node's Prometheus {@code /metrics}.
 */
final class RemoteHeapProbe {
    private static final String HEAP_SERIES = "jvm_memory_used_bytes{area=\"heap\"";

    private final long pid;
    private final URI metrics;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RemoteHeapProbe(long pid, URI metrics) {
        this.pid = pid;
        this.metrics = metrics;
    }

    /** Used heap in bytes right after a full GC of the server. */
    long usedHeapAfterGc() {
        try {
            runFullGc();
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body().lines()
                    .filter(line -> line.startsWith(HEAP_SERIES))
                    .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the server's heap from " + metrics, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the server's heap", e);
        }
    }

    private void runFullGc() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("jcmd " + pid + " GC.run did not succeed");
        }
    }
}
