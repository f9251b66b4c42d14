package org.ledgerline.ivr.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ledgerline.ivr.config.ConfigLoader;
import org.ledgerline.ivr.config.LedgerLineConfig;
import org.ledgerline.ivr.simulator.AgiEnvironment;
import org.ledgerline.ivr.simulator.AsteriskAgiEmulator;
import org.ledgerline.ivr.simulator.CallTranscript;
import org.ledgerline.ivr.simulator.CallerScript;
import org.ledgerline.ivr.simulator.EmulatorOptions;
import org.ledgerline.storage.LedgerSettings;

/**
 * A real LedgerLine node for end-to-end tests: random ports, prompts rendered into a shared
 * directory (the emulator refuses files that are not there, as Asterisk does), a fixed clock, and
 * an emulated Asterisk to place calls with.
 */
final class RunningServer implements AutoCloseable {
    /** A fixed "today" so aging buckets and dates read back are stable. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);
    private static final Path SOUNDS = sharedSoundsDirectory();

    final LedgerLineServer server;
    final LedgerLineConfig config;

    private RunningServer(LedgerLineConfig config, Clock clock) {
        this.config = config;
        this.server = LedgerLineServer.start(config, clock);
    }

    /** A node on an existing database (settings from the storage test fixtures). */
    static RunningServer on(LedgerSettings db, Map<String, String> overrides) {
        return on(db, overrides, CLOCK);
    }

    /** A node on an existing database whose "now" is {@code clock} (a test moves it to pass time-outs). */
    static RunningServer on(LedgerSettings db, Map<String, String> overrides, Clock clock) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "ledgerline.database.url", db.jdbcUrl(),
                "ledgerline.database.user", db.user(),
                "ledgerline.database.password", db.password(),
                "ledgerline.database.connectionTimeoutMs", "1500"));
        properties.putAll(overrides);
        return withProperties(properties, clock);
    }

    /** A node whose every setting comes from the given {@code ledgerline.*} properties and defaults. */
    static RunningServer withProperties(Map<String, String> overrides) {
        return withProperties(overrides, CLOCK);
    }

    private static RunningServer withProperties(Map<String, String> overrides, Clock clock) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "ledgerline.http.host", "127.0.0.1",
                "ledgerline.http.port", "0",
                "ledgerline.agi.host", "127.0.0.1",
                "ledgerline.agi.port", "0",
                "ledgerline.prompts.soundsDir", SOUNDS.toString(),
                // The demo seed's recordings are written here, not into the working directory.
                "ledgerline.recordings.dir", Path.of("target", "it-recordings").toAbsolutePath().toString(),
                "ledgerline.ivr.digitTimeoutMs", "2000",
                "ledgerline.ivr.interDigitTimeoutMs", "1500"));
        properties.putAll(overrides);
        // Node tests do not load the 250 MB speech model unless they ask for it (TranscriptionNodeIT does).
        properties.putIfAbsent("ledgerline.transcription.enabled", "false");
        return new RunningServer(ConfigLoader.load(Optional.empty(), Map.of(), properties), clock);
    }

    Path sounds() {
        return SOUNDS;
    }

    /** Places a call from {@code callerId} whose caller does {@code keys} (see {@link CallerScript}). */
    CallTranscript call(String callerId, String keys) {
        return call(AgiEnvironment.sipCall("selfserve", callerId), keys);
    }

    CallTranscript call(AgiEnvironment environment, String keys) {
        try {
            return emulator().call(environment, CallerScript.parse(keys));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    AsteriskAgiEmulator emulator() {
        EmulatorOptions options = EmulatorOptions.defaults()
                .withSoundsDirectory(SOUNDS)
                .withPlaybackTime(Duration.ZERO)
                .withSocketTimeout(Duration.ofSeconds(30));
        return new AsteriskAgiEmulator("127.0.0.1", server.agiPort(), options);
    }

    HttpResponse<String> get(String path) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.httpPort() + path))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    private static Path sharedSoundsDirectory() {
        try {
            Path dir = Path.of("target", "it-sounds").toAbsolutePath();
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
