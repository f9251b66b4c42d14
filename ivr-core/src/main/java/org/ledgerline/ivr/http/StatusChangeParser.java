package org.ledgerline.ivr.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.dispute.DisputeStatus;

/**
 * Reads the body of {@code POST /api/disputes/{id}/status}:
 * {@code {"status": "RESOLVED"|"REJECTED", "note": "..."}}. Every problem is a
 * {@link RejectedRequestException}: 415 for a body that is not declared as JSON, 400 for anything
 * else, naming the field.
 *
 * <p>There is no {@code actor} field: the actor is always the signed-in user. A body that still
 * sends one is refused (400, field {@code actor}) rather than silently ignored, so a client that
 * believes it can act under another name learns at once that it cannot.
 */
public final class StatusChangeParser {
    /** Longest note kept; enough for a paragraph of reasoning, short enough for the audit line. */
    public static final int MAX_NOTE_LENGTH = 2000;

    private static final Set<String> FIELDS = Set.of("status", "note");

    /** The request, or a rejection. {@code contentType} is the raw header (null when absent). */
    public StatusChangeRequest parse(String contentType, Buffer body) {
        requireJson(contentType);
        JsonObject json = object(body);
        if (json.containsKey("actor")) {
            throw badRequest("actor", "actor is not accepted: the change is made by the signed-in user");
        }
        for (String name : json.fieldNames()) {
            if (!FIELDS.contains(name)) {
                throw badRequest(name, "unknown field " + ApiError.quote(name) + "; accepted: note, status");
            }
        }
        DisputeStatus status = closingStatus(text(json, "status", 20));
        String note = text(json, "note", MAX_NOTE_LENGTH);
        return new StatusChangeRequest(status, note);
    }

    private static void requireJson(@Nullable String contentType) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new RejectedRequestException(new ApiError(415,
                    "the body must be sent as application/json, was "
                            + (contentType == null ? "not declared" : ApiError.quote(contentType)),
                    null));
        }
    }

    private static JsonObject object(Buffer body) {
        if (body == null || body.length() == 0) {
            throw badRequest(null, "the body is empty; send {\"status\": ..., \"note\": ...}");
        }
        Object decoded;
        try {
            decoded = Json.decodeValue(body);
        } catch (DecodeException e) {
            throw badRequest(null, "the body is not well-formed JSON");
        }
        if (decoded instanceof JsonObject object) {
            return object;
        }
        throw badRequest(null, "the body must be a JSON object");
    }

    private static DisputeStatus closingStatus(String raw) {
        return switch (raw) {
            case "RESOLVED" -> DisputeStatus.RESOLVED;
            case "REJECTED" -> DisputeStatus.REJECTED;
            default -> throw badRequest("status", "status must be RESOLVED or REJECTED, was " + ApiError.quote(raw));
        };
    }

    /** A required, non-blank string field of at most {@code maxLength} characters, trimmed. */
    private static String text(JsonObject json, String name, int maxLength) {
        Object value = json.getValue(name);
        if (value == null) {
            throw badRequest(name, name + " is required");
        }
        if (!(value instanceof String string)) {
            throw badRequest(name, name + " must be a string");
        }
        String trimmed = string.strip();
        if (trimmed.isEmpty()) {
            throw badRequest(name, name + " must not be blank");
        }
        if (trimmed.length() > maxLength) {
            throw badRequest(name, name + " must be at most " + maxLength + " characters, was " + trimmed.length());
        }
        return trimmed;
    }

    private static RejectedRequestException badRequest(@Nullable String field, String message) {
        return new RejectedRequestException(ApiError.badRequest(field, message));
    }
}
