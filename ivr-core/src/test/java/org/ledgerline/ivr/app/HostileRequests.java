package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.ledgerline.ivr.http.OpenApiDocument.OpenApiOperation;
import org.ledgerline.ivr.http.RequestLimits;

/**
 * The hostile requests {@link HostileInputIT} makes of one API operation, built from its OpenAPI
 * description: the query it needs besides the parameter under attack, and the bodies that must be
 * refused (malformed, oversized, wrongly typed, and a valid body with one property made hostile).
 */
final class HostileRequests {
    private HostileRequests() {}

    /** A body to send: what it is (for failure messages), its content type (null: none) and text. */
    record Body(String what, @Nullable String contentType, String text) {}

    /** Malformed, oversized and wrongly typed bodies, and every string property with each hostile value or a NUL. */
    static List<Body> bodies(OpenApiOperation operation) {
        List<Body> bodies = new ArrayList<>(List.of(
                new Body("truncated JSON", "application/json", "{\"a\": "),
                new Body("two JSON values", "application/json", "{} {}"),
                new Body("a JSON array", "application/json", "[1, 2, 3]"),
                new Body("a JSON string", "application/json", "\"' OR 1=1 --\""),
                new Body("JSON nested 40 deep", "application/json", "[".repeat(40) + "]".repeat(40)),
                new Body("1,001 array items", "application/json",
                        "[" + "0,".repeat(RequestLimits.MAX_JSON_ENTRIES) + "0]"),
                new Body("an oversized body", "application/json",
                        "{\"x\":\"" + "A".repeat(RequestLimits.MAX_BODY_BYTES) + "\"}"),
                new Body("text/plain", "text/plain", "{}"),
                new Body("a form", "application/x-www-form-urlencoded", "a=%00&b=%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
                new Body("no content type", null, "{}"),
                new Body("an empty body", "application/json", "")));
        JsonObject schema = bodySchema(operation);
        JsonObject valid = (JsonObject) SchemaValues.example(schema);
        Map<String, JsonObject> properties = properties(schema);
        for (Map.Entry<String, JsonObject> property : properties.entrySet()) {
            String name = property.getKey();
            if ("string".equals(property.getValue().getString("type", "string"))) {
                bodies.add(new Body(name + " with a NUL", "application/json",
                        valid.copy().put(name, "a\u0000b").encode()));
            }
            for (String value : HostileValues.PARAMETER_VALUES) {
                if (!SchemaValues.accepts(property.getValue(), value)) {
                    bodies.add(new Body(name + "=" + HostileInputIT.shorten(value), "application/json",
                            valid.copy().put(name, value).encode()));
                }
            }
        }
        return bodies;
    }

    /** The JSON schema of the operation's body (every operation of the API takes JSON). */
    private static JsonObject bodySchema(OpenApiOperation operation) {
        JsonObject content = operation.model().getJsonObject("requestBody").getJsonObject("content");
        assertThat(content.containsKey("application/json")).as("%s takes JSON", operation).isTrue();
        return content.getJsonObject("application/json").getJsonObject("schema");
    }

    /** The properties of an object schema, including those of its allOf parts. */
    private static Map<String, JsonObject> properties(JsonObject schema) {
        Map<String, JsonObject> into = new TreeMap<>();
        JsonObject properties = schema.getJsonObject("properties", new JsonObject());
        for (String name : properties.fieldNames()) {
            if (properties.getValue(name) instanceof JsonObject property) {
                into.put(name, property);
            }
        }
        for (Object part : schema.getJsonArray("allOf", new JsonArray())) {
            into.putAll(properties((JsonObject) part));
        }
        return into;
    }

    static List<JsonObject> query(OpenApiOperation operation) {
        return operation.parameters().stream().filter(p -> "query".equals(p.getString("in"))).toList();
    }

    /** The other required query parameters with valid values, so the one under attack is the one read. */
    static String requiredQuery(OpenApiOperation operation, @Nullable String except) {
        StringBuilder query = new StringBuilder();
        for (JsonObject parameter : query(operation)) {
            String name = parameter.getString("name");
            if (parameter.getBoolean("required", false) && !name.equals(except)) {
                query.append(query.isEmpty() && except == null ? "?" : "&").append(name).append('=')
                        .append(HostileValues
                                .encode(SchemaValues.exampleText(parameter.getJsonObject("schema", new JsonObject()))));
            }
        }
        return query.toString();
    }
}
