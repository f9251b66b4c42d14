package org.ledgerline.ivr.app;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Values for OpenAPI schemas ({@code $ref}s resolved), for the keywords the document uses: whether a
 * schema accepts a text (type integer with minimum/maximum, enum, pattern, format date, length; a
 * plain string schema accepts any text), so a hostile value it accepts may be answered 2xx and any
 * other must be refused; and a valid example, so one property at a time can be made hostile in an
 * otherwise valid body.
 */
final class SchemaValues {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");

    private SchemaValues() {}

    static boolean accepts(JsonObject schema, String value) {
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
            return false;
        }
        if (schema.containsKey("pattern") && !Pattern.compile(schema.getString("pattern")).matcher(value).find()) {
            return false;
        }
        if (value.length() < schema.getInteger("minLength", 0)
                || value.length() > schema.getInteger("maxLength", Integer.MAX_VALUE)) {
            return false;
        }
        if ("date".equals(schema.getString("format")) && !isDate(value)) {
            return false;
        }
        String type = schema.getString("type", "string");
        if (type.equals("integer")) {
            if (!WHOLE_NUMBER.matcher(value).matches()) {
                return false;
            }
            long number = Long.parseLong(value);
            return number >= schema.getLong("minimum", Long.MIN_VALUE)
                    && number <= schema.getLong("maximum", Long.MAX_VALUE);
        }
        return type.equals("string");
    }

    /** A value {@code schema} accepts: its example, first enum value, or one made from its type and format. */
    static Object example(JsonObject schema) {
        if (schema.containsKey("example")) {
            return schema.getValue("example");
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").getValue(0);
        }
        if (schema.containsKey("allOf")) {
            JsonObject merged = new JsonObject();
            schema.getJsonArray("allOf").forEach(part -> merged.mergeIn((JsonObject) example((JsonObject) part)));
            return merged;
        }
        return switch (schema.getString("type", "object")) {
            case "object" -> {
                JsonObject object = new JsonObject();
                JsonObject properties = schema.getJsonObject("properties", new JsonObject());
                for (Object name : schema.getJsonArray("required", new JsonArray())) {
                    object.put((String) name, example(properties.getJsonObject((String) name, new JsonObject())));
                }
                yield object;
            }
            case "array" -> new JsonArray().add(example(schema.getJsonObject("items", new JsonObject())));
            case "integer", "number" -> 1;
            case "boolean" -> true;
            default -> switch (schema.getString("format", "")) {
                case "date" -> "2026-11-01";
                case "date-time" -> "2026-11-01T00:00:00Z";
                case "password" -> "Hostile-Input-Test-Passphrase-42";
                default -> "hostile-input-test";
            };
        };
    }

    /** The text form of {@link #example}, for a query parameter. */
    static String exampleText(JsonObject schema) {
        return String.valueOf(example(schema));
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
