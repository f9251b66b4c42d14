package org.ledgerline.ivr.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body half of the {@link RequestLimits}, run by {@link SecuredRoutes} on every route that
 * reads a body, once the body is read and the caller is known to be allowed: a JSON body is
 * streamed through a bounded Jackson parser before any route builds a {@code JsonObject} from it,
 * and no JSON string or form field may hold a NUL character, which PostgreSQL text cannot store
 * (without this check a NUL would reach a statement and fail it as a server error).
 */
final class BodyLimits {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(RequestLimits.MAX_JSON_DEPTH).build())
            .build();

    private BodyLimits() {}

    /** Passes a body within the limits on to the route; answers 400 naming the limit otherwise. */
    static void check(RoutingContext ctx) {
        ApiError refusal = refusal(ctx);
        if (refusal == null) {
            ctx.next();
        } else {
            RequestLimits.send(ctx.response(), refusal);
        }
    }

    private static @Nullable ApiError refusal(RoutingContext ctx) {
        for (Map.Entry<String, String> field : ctx.request().formAttributes()) {
            if (field.getKey().indexOf('\0') >= 0 || field.getValue().indexOf('\0') >= 0) {
                return ApiError.badRequest(null, "a form field holds a NUL character, which no field accepts");
            }
        }
        Buffer body = ctx.body().buffer();
        if (body == null || body.length() == 0 || !declaresJson(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            return null;
        }
        return checkJson(body.getBytes());
    }

    /** Null when {@code json} is within the JSON limits, else the refusal that says which one it breaks. */
    static @Nullable ApiError checkJson(byte[] json) {
        try (JsonParser parser = JSON.createParser(json)) {
            int entries = 0;
            int roots = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonStreamContext context = token.isStructStart()
                        ? parser.getParsingContext().getParent()
                        : parser.getParsingContext();
                if (token == JsonToken.FIELD_NAME || (context.inArray() && !token.isStructEnd())) {
                    entries++;
                }
                if (context.inRoot() && !token.isStructEnd() && ++roots > 1) {
                    return ApiError.badRequest(null, "the body holds more than one JSON value");
                }
                if (entries > RequestLimits.MAX_JSON_ENTRIES) {
                    return ApiError.badRequest(null, "the body's JSON holds more than " + RequestLimits.MAX_JSON_ENTRIES
                            + " object keys and array items; at most " + RequestLimits.MAX_JSON_ENTRIES
                            + " are accepted");
                }
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
                        && parser.getText().indexOf('\0') >= 0) {
                    return ApiError.badRequest(null,
                            "the body's JSON holds a NUL character (\\u0000), which no field accepts");
                }
            }
            return null;
        } catch (StreamConstraintsException e) {
            return ApiError.badRequest(null,
                    "the body's JSON is nested more than " + RequestLimits.MAX_JSON_DEPTH + " levels deep");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return ApiError.badRequest(null, "the body is not well-formed JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a JSON body from memory", e);
        }
    }

    private static boolean declaresJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }
}
