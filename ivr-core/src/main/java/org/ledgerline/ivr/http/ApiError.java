package org.ledgerline.ivr.http;

import io.vertx.core.json.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * What the JSON API answers when it refuses a request: the HTTP status, a sentence saying why, and
 * the request field at fault (null when the whole request is at fault, e.g. malformed JSON or a ledger
 * outage). Rendered as {@code {"error": "...", "field": "..."}}; the field key is always present so
 * clients can read one shape.
 */
public record ApiError(int status, String error, @Nullable String field) {
    /** Echoed input is cut to this length so an error never repeats a large or hostile value whole. */
    private static final int MAX_ECHO = 40;

    public static ApiError badRequest(@Nullable String field, String error) {
        return new ApiError(400, error, field);
    }

    public static ApiError notFound(@Nullable String field, String error) {
        return new ApiError(404, error, field);
    }

    public static ApiError conflict(@Nullable String field, String error) {
        return new ApiError(409, error, field);
    }

    public JsonObject toJson() {
        return new JsonObject().put("error", error).put("field", field);
    }

    /** {@code value} quoted and shortened, for "unknown reason code 'XYZ'"-style messages. */
    static String quote(String value) {
        String shown = value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "..." : value;
        return "'" + shown + "'";
    }
}
