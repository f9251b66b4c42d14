package org.ledgerline.ivr.http;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.JsonSchemaValidationException;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.openapi.contract.OpenAPIVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The node's OpenAPI document as tests read it: parsed with snakeyaml, checked against the OpenAPI
 * 3 meta-schema (the schema files vertx-openapi ships, without its narrower "supported features"
 * checks, which refuse e.g. an {@code application/yaml} response) and with every {@code $ref}
 * resolved, so each operation's parameters and body are plain JSON to walk.
 */
public final class OpenApiDocument {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private final JsonObject raw;
    private final JsonObject resolved;

    private OpenApiDocument(JsonObject raw, JsonObject resolved) {
        this.raw = raw;
        this.resolved = resolved;
    }

    /** Reads the document from the classpath; fails when it is no valid OpenAPI 3 document. */
    public static OpenApiDocument load(Vertx vertx, String resource) {
        JsonObject raw = new JsonObject(readYaml(resource));
        OpenAPIVersion version = OpenAPIVersion.fromContract(raw);
        SchemaRepository repository = version.getRepository(vertx, "app://").await();
        // The validator and resolver add bookkeeping keys to what they are given: hand them copies.
        OutputUnit result = version.validateContract(vertx, repository, raw.copy()).await();
        try {
            result.checkValidity();
        } catch (JsonSchemaValidationException e) {
            throw new AssertionError(
                    resource + " is not a valid OpenAPI document: " + e.getMessage() + " at " + e.location()
                            + "; " + result.getErrors(),
                    e);
        }
        return new OpenApiDocument(raw, version.resolve(vertx, repository, raw.copy()).await());
    }

    /** The document as written (with {@code $ref}s). */
    public JsonObject raw() {
        return raw;
    }

    /** Every operation, {@code $ref}s resolved. */
    public List<OpenApiOperation> operations() {
        List<OpenApiOperation> operations = new ArrayList<>();
        JsonObject paths = resolved.getJsonObject("paths");
        for (String path : paths.fieldNames()) {
            if (!path.startsWith("/")) {
                continue; // the resolver's own bookkeeping keys, such as the document's base URI
            }
            JsonObject item = paths.getJsonObject(path);
            JsonArray shared = item.getJsonArray("parameters", new JsonArray());
            for (String key : item.fieldNames()) {
                if (METHODS.contains(key)) {
                    operations.add(new OpenApiOperation(HttpMethod.valueOf(key.toUpperCase(Locale.ROOT)), path,
                            item.getJsonObject(key), shared));
                }
            }
        }
        return operations;
    }

    /** The operation for {@code method} on {@code openApiPath}, if documented. */
    public OpenApiOperation operation(HttpMethod method, String openApiPath) {
        return operations().stream()
                .filter(op -> op.method().equals(method) && op.path().equals(openApiPath))
                .findFirst()
                .orElseThrow(() -> new AssertionError(method + " " + openApiPath + " is not in the OpenAPI document"));
    }

    /** One operation: method, path and its (resolved) OpenAPI object. */
    public record OpenApiOperation(HttpMethod method, String path, JsonObject model, JsonArray pathItemParameters) {
        /** Parameters of the operation and its path item, resolved. */
        public List<JsonObject> parameters() {
            List<JsonObject> all = new ArrayList<>();
            pathItemParameters.forEach(p -> all.add((JsonObject) p));
            model.getJsonArray("parameters", new JsonArray()).forEach(p -> all.add((JsonObject) p));
            return all;
        }

        /** The names of the parameters found {@code in} ("path", "query", "header", "cookie"). */
        public List<String> parameterNames(String in) {
            return parameters().stream().filter(p -> in.equals(p.getString("in"))).map(p -> p.getString("name"))
                    .toList();
        }

        /** The media types the request body may have; empty without a body. */
        public Set<String> requestMediaTypes() {
            JsonObject body = model.getJsonObject("requestBody");
            return body == null ? Set.of() : body.getJsonObject("content").fieldNames();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Map<String, Object> readYaml(String resource) {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is not on the classpath");
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
