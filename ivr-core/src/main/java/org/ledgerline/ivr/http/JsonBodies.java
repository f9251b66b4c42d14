package org.ledgerline.ivr.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ledgerline.storage.user.Role;

/**
 * Reading the small JSON bodies of the session and admin API: declared as JSON (415 otherwise), an
 * object, only known fields, strings where strings belong (400 naming the field otherwise).
 */
final class JsonBodies {
    private JsonBodies() {}

    static JsonObject object(String contentType, Buffer body, Set<String> fields) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new RejectedRequestException(new ApiError(415, "the body must be sent as application/json", null));
        }
        if (body == null || body.length() == 0) {
            throw new RejectedRequestException(ApiError.badRequest(null, "the body is empty"));
        }
        Object decoded;
        try {
            decoded = Json.decodeValue(body);
        } catch (DecodeException e) {
            throw new RejectedRequestException(ApiError.badRequest(null, "the body is not well-formed JSON"));
        }
        if (!(decoded instanceof JsonObject json)) {
            throw new RejectedRequestException(ApiError.badRequest(null, "the body must be a JSON object"));
        }
        for (String name : json.fieldNames()) {
            if (!fields.contains(name)) {
                throw new RejectedRequestException(ApiError.badRequest(name, "unknown field " + ApiError.quote(name)
                        + "; accepted: " + String.join(", ", fields.stream().sorted().toList())));
            }
        }
        return json;
    }

    /** A string field that must be present. */
    static String requiredString(JsonObject json, String name) {
        String text = optionalString(json, name);
        if (text == null) {
            throw new RejectedRequestException(ApiError.badRequest(name, name + " is required"));
        }
        return text;
    }

    /** A string field; null when absent. */
    static @Nullable String optionalString(JsonObject json, String name) {
        Object value = json.getValue(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new RejectedRequestException(ApiError.badRequest(name, name + " must be a string"));
        }
        return text;
    }

    /** A required, non-empty array of role names. */
    static Set<Role> roles(JsonObject json, String name) {
        Object value = json.getValue(name);
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            throw new RejectedRequestException(ApiError.badRequest(name,
                    name + " must be a non-empty array of admin, credit_manager, collector, auditor"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : array) {
            try {
                roles.add(Role.fromDbName(role instanceof String text ? text : null));
            } catch (IllegalArgumentException e) {
                throw new RejectedRequestException(ApiError.badRequest(name,
                        "roles are admin, credit_manager, collector, auditor"));
            }
        }
        return roles;
    }
}
