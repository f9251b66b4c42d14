package org.ledgerline.ivr.http;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The limits every request meets before any route sees it. {@link #around} wraps the router at the
 * server's request handler, so they hold for every path, routed or not; the body limits run in
 * {@link SecuredRoutes}, which reads the body of every route that takes one. A request over a limit
 * gets an {@link ApiError} JSON answer that names the limit, and no route runs:
 *
 * <ul>
 *   <li>the request URI (path and query) is at most {@value #MAX_URI_LENGTH} characters: 414;
 *   <li>at most {@value #MAX_QUERY_PARAMETERS} query parameters, each name and value at most
 *       {@value #MAX_PARAMETER_LENGTH} characters once decoded, valid percent-encoding, and no
 *       control characters (such as {@code %00}) in a parameter or the path: 400;
 *   <li>a body of at most {@value #MAX_BODY_BYTES} bytes: 413, before a byte is read when the
 *       declared length is larger, else when the body reader passes the limit;
 *   <li>a body declared as JSON ({@code application/json} or {@code +json}) must be well-formed,
 *       one value, nested at most {@value #MAX_JSON_DEPTH} levels deep and hold at most
 *       {@value #MAX_JSON_ENTRIES} object keys and array items in all, and no string in it, nor a
 *       field of a form body, may hold a NUL character (PostgreSQL text cannot): 400
 *       ({@link BodyLimits}).
 * </ul>
 * Routes still check their own fields; these limits only make sure that no route ever parses a
 * huge or pathological request, and that such a request is a 4xx with a reason, never a 5xx.
 */
public final class RequestLimits {
    /** Longest request URI (path plus query) answered by a route. */
    public static final int MAX_URI_LENGTH = 4096;
    /** Most query parameters one request may carry. */
    public static final int MAX_QUERY_PARAMETERS = 50;
    /** Longest decoded query parameter name or value. */
    public static final int MAX_PARAMETER_LENGTH = 200;
    /** Largest request body read; the back office's forms and JSON bodies are a few KiB at most. */
    public static final int MAX_BODY_BYTES = 16 * 1024;
    /** Deepest nesting of objects and arrays in a JSON body. */
    public static final int MAX_JSON_DEPTH = 32;
    /** Most object keys plus array items in one JSON body. */
    public static final int MAX_JSON_ENTRIES = 1000;
    /**
     * The HTTP decoder's own cap on the request line; above {@link #MAX_URI_LENGTH} so that the
     * usual too-long URI reaches {@link #around} and gets a JSON 414, while a grotesque
     * one is still cut off by the decoder before it is buffered whole.
     */
    public static final int MAX_INITIAL_LINE_LENGTH = 4 * MAX_URI_LENGTH;

    /** A percent-encoded control character ({@code %00}-{@code %1F}, {@code %7F}); the router keeps these encoded. */
    private static final Pattern ENCODED_CONTROL = Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff])");

    private RequestLimits() {}

    /** {@code next} (the router) behind the request-line and declared-length limits. */
    public static Handler<HttpServerRequest> around(Handler<HttpServerRequest> next) {
        return request -> {
            ApiError refusal = checkRequestLine(request);
            if (refusal == null) {
                refusal = checkDeclaredLength(request);
            }
            if (refusal == null) {
                next.handle(request);
            } else {
                send(request.response(), refusal);
            }
        };
    }

    /** Server options that let {@link #around}'s handler, not the decoder, answer most long URIs. */
    public static HttpServerOptions applyTo(HttpServerOptions options) {
        return options.setMaxInitialLineLength(MAX_INITIAL_LINE_LENGTH);
    }

    /** Answers 413 naming the body limit (the body reader's failure, seen by the failure handler). */
    static void refuseTooLarge(HttpServerResponse response) {
        send(response, tooLarge());
    }

    private static @Nullable ApiError checkRequestLine(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.length() > MAX_URI_LENGTH) {
            return new ApiError(414, "the request URI is " + uri.length() + " characters long; at most "
                    + MAX_URI_LENGTH + " are accepted", null);
        }
        String path = request.path();
        if (path == null || hasControlCharacter(path) || ENCODED_CONTROL.matcher(path).find()) {
            return ApiError.badRequest(null, "the path contains a control character");
        }
        try {
            return checkQuery(new QueryStringDecoder(uri).parameters());
        } catch (IllegalArgumentException e) {
            return ApiError.badRequest(null, "the query string is not valid percent-encoding");
        }
    }

    private static @Nullable ApiError checkQuery(Map<String, List<String>> query) {
        int count = query.values().stream().mapToInt(List::size).sum();
        if (count > MAX_QUERY_PARAMETERS) {
            return ApiError.badRequest(null, "the query has " + count + " parameters; at most "
                    + MAX_QUERY_PARAMETERS + " are accepted");
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey();
            if (name.length() > MAX_PARAMETER_LENGTH) {
                return ApiError.badRequest(null, "a query parameter name is " + name.length()
                        + " characters long; at most " + MAX_PARAMETER_LENGTH + " are accepted");
            }
            for (String value : parameter.getValue()) {
                if (value.length() > MAX_PARAMETER_LENGTH) {
                    return ApiError.badRequest(name, name + " is " + value.length() + " characters long; at most "
                            + MAX_PARAMETER_LENGTH + " are accepted");
                }
                if (hasControlCharacter(name) || hasControlCharacter(value)) {
                    return ApiError.badRequest(name,
                            "query parameter " + ApiError.quote(name) + " contains a control character");
                }
            }
        }
        return null;
    }

    /** Refuses a declared oversized body before a byte of it is read. */
    private static @Nullable ApiError checkDeclaredLength(HttpServerRequest request) {
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return declared != null && isLongerThan(declared, MAX_BODY_BYTES) ? tooLarge() : null;
    }

    private static boolean isLongerThan(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            // Netty refuses a malformed Content-Length before routing; a value too large for a long is too large.
            return true;
        }
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "the body is larger than " + MAX_BODY_BYTES + " bytes, the most accepted", null);
    }

    static void send(HttpServerResponse response, ApiError error) {
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(error.status())
                .putHeader("content-type", "application/json; charset=utf-8")
                .end(LedgerResponder.encode(error.toJson()));
    }
}
