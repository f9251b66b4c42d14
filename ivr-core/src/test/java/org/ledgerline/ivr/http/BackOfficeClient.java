package org.ledgerline.ivr.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A browser-like client for the back office that handles cookies by hand, so tests can see and
 * choose exactly which cookie and CSRF token go with each request. Never follows redirects.
 */
final class BackOfficeClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();

    BackOfficeClient(int port) {
        this.port = port;
    }

    /** An answer with its headers. */
    record Answer(int status, String body, Map<String, List<String>> headers) {
        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        /** The Set-Cookie header for {@code name}, whole (value and attributes). */
        Optional<String> setCookie(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
                    .flatMap(e -> e.getValue().stream()).filter(c -> c.startsWith(name + "=")).findFirst();
        }

        /** The value of cookie {@code name} set by this answer. */
        String cookieValue(String name) {
            String header = setCookie(name)
                    .orElseThrow(() -> new AssertionError("no Set-Cookie " + name + " in " + headers));
            return header.substring(name.length() + 1).split(";", 2)[0];
        }

        JsonObject json() {
            return new JsonObject(body);
        }
    }

    /** A JSON sign-in; the answer carries the session cookie and the CSRF token on success. */
    Answer signIn(String username, String password, @Nullable String existingSession) {
        HttpRequest.Builder request = builder("/api/session").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers
                        .ofString(new JsonObject().put("username", username).put("password", password).encode()));
        if (existingSession != null) {
            request.header("Cookie", SessionCookie.NAME + "=" + existingSession);
        }
        return send(request);
    }

    /** The session id of a successful sign-in. */
    Session signInOk(String username, String password) {
        Answer answer = signIn(username, password, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return new Session(answer.cookieValue(SessionCookie.NAME), answer.json().getString("csrfToken"));
    }

    /** A session id and its CSRF token. */
    record Session(String id, String csrf) {}

    Answer get(String path, @Nullable String sessionId) {
        HttpRequest.Builder request = builder(path).GET();
        cookie(request, sessionId);
        return send(request);
    }

    Answer getWithToken(String path, String token) {
        return send(builder(path).header("Authorization", "Bearer " + token).GET());
    }

    /** A request with a JSON body (or none), the session cookie and, when not null, the CSRF header. */
    Answer json(String method, String path, @Nullable String sessionId, @Nullable String csrf, @Nullable String body) {
        HttpRequest.Builder request = builder(path).header("Content-Type", "application/json")
                .method(method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        cookie(request, sessionId);
        if (csrf != null) {
            request.header(Csrf.HEADER, csrf);
        }
        return send(request);
    }

    Answer jsonWithToken(String method, String path, String token, @Nullable String body) {
        return send(builder(path).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form POST with the given cookies ("name=value; name2=value2", or null). */
    Answer form(String path, @Nullable String cookies, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return send(request);
    }

    Answer getWithCookies(String path, @Nullable String cookies) {
        HttpRequest.Builder request = builder(path).GET();
        if (cookies != null) {
            request.header("Cookie", cookies);
        }
        return send(request);
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(TIMEOUT);
    }

    private static void cookie(HttpRequest.Builder request, @Nullable String sessionId) {
        if (sessionId != null) {
            request.header("Cookie", SessionCookie.NAME + "=" + sessionId);
        }
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
