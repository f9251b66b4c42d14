package org.ledgerline.ivr.http;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP client signed in to a node as one back-office user through {@code POST /api/session}: it
 * keeps the session cookie and sends the session's CSRF token on every request, as the back office's
 * own pages do, so a test reaches the route's own checks rather than the sign-in or CSRF refusals.
 */
public final class SignedInClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).cookieHandler(new CookieManager()).build();
    private final String csrfToken;

    private SignedInClient(int port, String username, String password) {
        this.port = port;
        HttpResponse<String> signedIn = send("POST", "/api/session", "application/json",
                new JsonObject().put("username", username).put("password", password).encode(), null);
        if (signedIn.statusCode() != 200) {
            throw new IllegalStateException(
                    "cannot sign in as " + username + ": " + signedIn.statusCode() + " " + signedIn.body());
        }
        this.csrfToken = new JsonObject(signedIn.body()).getString("csrfToken");
    }

    /** Signs in to the node on 127.0.0.1:{@code port}. */
    public static SignedInClient signIn(int port, String username, String password) {
        return new SignedInClient(port, username, password);
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, null, csrfToken);
    }

    /** {@code method} on {@code pathAndQuery} with {@code body} (null: none) of {@code contentType} (null: not declared). */
    public HttpResponse<String> send(String method, String pathAndQuery, @Nullable String contentType,
            @Nullable String body) {
        return send(method, pathAndQuery, contentType, body, csrfToken);
    }

    /** GET {@code pathAndQuery} with one extra request header (e.g. {@code Range}). */
    public HttpResponse<String> get(String pathAndQuery, String header, String value) {
        HttpRequest request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(TIMEOUT).header(header, value).GET()
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The URI of {@code pathAndQuery} on the node. */
    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    private HttpResponse<String> send(String method, String pathAndQuery, @Nullable String contentType,
            @Nullable String body,
            @Nullable String csrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(TIMEOUT)
                .method(method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (csrf != null) {
            request.header(Csrf.HEADER, csrf);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
