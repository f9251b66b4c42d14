package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ledgerline.ivr.http.Access;
import org.ledgerline.ivr.http.ApiDocsRoutes;
import org.ledgerline.ivr.http.MountedRoute;
import org.ledgerline.ivr.http.OpenApiDocument;
import org.ledgerline.ivr.http.OpenApiDocument.OpenApiOperation;
import org.ledgerline.ivr.http.RawHttp;
import org.ledgerline.ivr.http.RequestLimits;
import org.ledgerline.ivr.http.SignedInClient;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.testing.TestLedgers;

/**
 * Hostile input on every route of a running node with the demo ledger, as a signed-in user whose
 * roles the route allows, so the input reaches the route's own parsing. The routes come from the
 * router and their parameters and bodies from the OpenAPI document (pages: from the fields and links
 * of the page itself), so a route added later is attacked without touching this test.
 *
 * <p>Every answer is a 4xx (never a 5xx; a page or a free-text API parameter may also answer 2xx or
 * 3xx), never holds a payload's markup raw, and afterwards every table holds as many rows as before.
 */
class HostileInputIT {
    private static final Pattern FORM_FIELD = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\bname=\"([^\"]+)\"");
    private static final Pattern LINK_QUERY = Pattern.compile("href=\"[^\"?]*\\?([^\"#]*)\"");

    private static RunningServer node;
    private static Vertx vertx;
    private static OpenApiDocument document;
    private static final Map<String, SignedInClient> CLIENTS = new ConcurrentHashMap<>();

    @BeforeAll
    static void startNodeAndSignInEveryone() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of());
        vertx = Vertx.vertx();
        document = OpenApiDocument.load(vertx, ApiDocsRoutes.DOCUMENT_RESOURCE);
        DemoUsers.USERS.forEach(user -> client(user.username()));
        assertThat(rowCounts()).as("the demo ledger's tables").containsKeys("disputes", "users", "audit_log");
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
        node.close();
    }

    @TestFactory
    Stream<DynamicTest> everyApiQueryAndPathParameterRefusesHostileValues() {
        List<DynamicTest> tests = new ArrayList<>();
        for (MountedRoute route : MountedRoute.api(node.server.httpRouter())) {
            OpenApiOperation operation = document.operation(route.method(), route.openApiPath());
            for (String name : route.pathParameters()) {
                JsonObject parameter = operation.parameters().stream()
                        .filter(p -> "path".equals(p.getString("in")) && name.equals(p.getString("name"))).findFirst().orElseThrow();
                tests.add(dynamicTest(route + " path parameter " + name, () -> attack(route, operation, parameter, value ->
                        route.pathWith(name, HostileValues.encode(value), "1") + requiredQuery(operation, null))));
            }
            for (JsonObject parameter : query(operation)) {
                String name = parameter.getString("name");
                tests.add(dynamicTest(route + " query parameter " + name, () -> attack(route, operation, parameter, value ->
                        route.pathWith("1") + "?" + name + "=" + HostileValues.encode(value) + requiredQuery(operation, name))));
            }
        }
        assertThat(tests).as("hostile-parameter cases").isNotEmpty();
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyApiBodyRefusesMalformedOversizedAndHostileBodies() {
        List<DynamicTest> tests = new ArrayList<>();
        for (MountedRoute route : MountedRoute.api(node.server.httpRouter())) {
            OpenApiOperation operation = document.operation(route.method(), route.openApiPath());
            if (operation.requestMediaTypes().isEmpty()) {
                continue;
            }
            tests.add(dynamicTest(route + " body", () -> {
                Map<String, Long> before = rowCounts();
                SoftAssertions softly = new SoftAssertions();
                SignedInClient client = clientFor(route.access());
                for (Body body : hostileBodies(operation)) {
                    HttpResponse<String> answer = client.send(route.methodToSend(), route.pathWith("1") + requiredQuery(operation, null),
                            body.contentType(), body.text());
                    assertRefused(softly, route + " with " + body.what(), answer, false);
                }
                softly.assertAll();
                assertNothingStored(before);
            }));
        }
        assertThat(tests).as("routes with a body").isNotEmpty();
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyPageRefusesOrEscapesHostileQueryAndPathValues() {
        return MountedRoute.pages(node.server.httpRouter()).stream().map(route -> dynamicTest("page " + route, () -> {
            Map<String, Long> before = rowCounts();
            SignedInClient client = clientFor(route.access());
            SoftAssertions softly = new SoftAssertions();
            for (String name : route.pathParameters()) {
                for (String value : HostileValues.PARAMETER_VALUES) {
                    HttpResponse<String> answer = client.get(route.pathWith(name, HostileValues.encode(value), "1"));
                    assertRefused(softly, route + " with " + name + "=" + shorten(value), answer, true);
                }
            }
            for (String name : pageParameters(client, route)) {
                for (String value : HostileValues.PARAMETER_VALUES) {
                    HttpResponse<String> answer = client.get(route.pathWith("1") + "?" + name + "=" + HostileValues.encode(value));
                    assertRefused(softly, route + " with ?" + name + "=" + shorten(value), answer, true);
                }
            }
            softly.assertAll();
            assertNothingStored(before);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFormOfEveryPageRefusesOrEscapesHostileFields() {
        List<DynamicTest> tests = new ArrayList<>();
        for (MountedRoute page : MountedRoute.pages(node.server.httpRouter())) {
            SignedInClient client = clientFor(page.access());
            for (PageForms.Form form : PageForms.in(client.get(page.pathWith("1")).body())) {
                if (form.inputs().isEmpty()) {
                    continue; // nothing typed in (e.g. sign-out): no field to make hostile
                }
                tests.add(dynamicTest("form " + form.action() + " on " + page, () -> attackForm(client, page, form)));
            }
        }
        assertThat(tests).as("forms with fields (at least sign-in)").isNotEmpty();
        return tests.stream();
    }

    /**
     * Posts the form with each field hostile in turn (fresh CSRF tokens from the page each time), and
     * as malformed and oversized bodies. A failed sign-in is audited by design, so only the audit log
     * may grow here.
     */
    private static void attackForm(SignedInClient client, MountedRoute page, PageForms.Form form) {
        Map<String, Long> before = rowCounts();
        SoftAssertions softly = new SoftAssertions();
        for (String field : form.inputs()) {
            for (String value : HostileValues.PARAMETER_VALUES) {
                PageForms.Form fresh = PageForms.in(client.get(page.pathWith("1")).body()).stream()
                        .filter(f -> f.action().equals(form.action())).findFirst().orElseThrow();
                HttpResponse<String> answer = client.send("POST", form.action(), "application/x-www-form-urlencoded",
                        fresh.bodyWith(field, value));
                assertRefused(softly, "POST " + form.action() + " with " + field + "=" + shorten(value), answer,
                        !value.contains("\u0000"));
            }
        }
        for (Body body : List.of(
                new Body("broken percent-encoding", "application/x-www-form-urlencoded", form.bodyWith(form.inputs().getFirst(), "x") + "&a=%zz"),
                new Body("an oversized form", "application/x-www-form-urlencoded", "a=" + "A".repeat(RequestLimits.MAX_BODY_BYTES)),
                new Body("JSON instead of a form", "application/json", "{\"username\": \"' OR 1=1 --\"}"))) {
            HttpResponse<String> answer = client.send("POST", form.action(), body.contentType(), body.text());
            assertRefused(softly, "POST " + form.action() + " with " + body.what(), answer, true);
            softly.assertThat(answer.statusCode()).as("POST %s with %s", form.action(), body.what()).isLessThan(500);
        }
        softly.assertAll();
        Map<String, Long> after = rowCounts();
        after.put("audit_log", before.get("audit_log"));
        assertThat(after).as("rows per table after hostile forms (audit log aside)").isEqualTo(before);
    }

    @Test
    void rawNulBrokenEscapesAndUnencodedMarkupInTheRequestLineAreRefused() {
        Map<String, Long> before = rowCounts();
        SoftAssertions softly = new SoftAssertions();
        int port = node.server.httpPort();
        for (MountedRoute route : MountedRoute.of(node.server.httpRouter())) {
            if (!route.exact()) {
                continue;
            }
            for (String target : List.of(route.pathWith("1") + "?q=%00", route.pathWith("1") + "?q=%zz",
                    route.pathWith("1") + "%00", route.pathWith("1") + "?" + "q=1&".repeat(RequestLimits.MAX_QUERY_PARAMETERS + 1))) {
                RawHttp.Answer answer = RawHttp.send(port, route.methodToSend(), target, Map.of(), null);
                softly.assertThat(answer.status()).as(route + " as " + target + ": " + answer.body()).isBetween(400, 499);
            }
            // Unencoded markup is not a limit breach: a route that ignores the parameter may answer 2xx.
            String target = route.pathWith("1") + "?q=<script>alert(1)</script>";
            RawHttp.Answer answer = RawHttp.send(port, route.methodToSend(), target, Map.of(), null);
            softly.assertThat(answer.status()).as(route + " as " + target + ": " + answer.body()).isBetween(200, 499);
            softly.assertThat(HostileValues.reflected(answer.body())).as("markup reflected by " + route + " as " + target).isFalse();
        }
        softly.assertAll();
        assertNothingStored(before);
    }

    /**
     * Sends every hostile value of {@code parameter} through {@code request} and checks each answer;
     * a value the parameter's schema accepts (such as 0 for an offset) may be answered 2xx.
     */
    private static void attack(MountedRoute route, OpenApiOperation operation, JsonObject parameter,
            Function<String, String> request) {
        Map<String, Long> before = rowCounts();
        SignedInClient client = clientFor(route.access());
        SoftAssertions softly = new SoftAssertions();
        boolean takesBody = !operation.requestMediaTypes().isEmpty();
        for (String value : HostileValues.PARAMETER_VALUES) {
            String target = request.apply(value);
            HttpResponse<String> answer = takesBody
                    ? client.send(route.methodToSend(), target, "application/json", "{}")
                    : client.send(route.methodToSend(), target, null, null);
            assertRefused(softly, route.methodToSend() + " " + shorten(target), answer,
                    SchemaValues.accepts(parameter.getJsonObject("schema", new JsonObject()), value));
        }
        softly.assertAll();
        assertNothingStored(before);
    }

    private static void assertRefused(SoftAssertions softly, String what, HttpResponse<String> answer, boolean mayBeAccepted) {
        if (mayBeAccepted) {
            softly.assertThat(answer.statusCode()).as(what + ": " + shorten(answer.body())).isBetween(200, 499);
        } else {
            softly.assertThat(answer.statusCode()).as(what + ": " + shorten(answer.body())).isBetween(400, 499);
        }
        softly.assertThat(HostileValues.reflected(answer.body())).as("markup reflected by " + what).isFalse();
        String location = answer.headers().firstValue("Location").orElse("");
        softly.assertThat(HostileValues.reflected(location)).as("markup in the Location of " + what).isFalse();
    }

    /** Malformed, oversized and wrongly typed bodies, and every string property with each hostile value or a NUL. */
    private static List<Body> hostileBodies(OpenApiOperation operation) {
        List<Body> bodies = new ArrayList<>(List.of(
                new Body("truncated JSON", "application/json", "{\"a\": "),
                new Body("two JSON values", "application/json", "{} {}"),
                new Body("a JSON array", "application/json", "[1, 2, 3]"),
                new Body("a JSON string", "application/json", "\"' OR 1=1 --\""),
                new Body("JSON nested 40 deep", "application/json", "[".repeat(40) + "]".repeat(40)),
                new Body("1,001 array items", "application/json", "[" + "0,".repeat(RequestLimits.MAX_JSON_ENTRIES) + "0]"),
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
                bodies.add(new Body(name + " with a NUL", "application/json", valid.copy().put(name, "a\u0000b").encode()));
            }
            for (String value : HostileValues.PARAMETER_VALUES) {
                if (!SchemaValues.accepts(property.getValue(), value)) {
                    bodies.add(new Body(name + "=" + shorten(value), "application/json", valid.copy().put(name, value).encode()));
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

    private static List<JsonObject> query(OpenApiOperation operation) {
        return operation.parameters().stream().filter(p -> "query".equals(p.getString("in"))).toList();
    }

    /** The other required query parameters with valid values, so the one under attack is the one read. */
    private static String requiredQuery(OpenApiOperation operation, String except) {
        StringBuilder query = new StringBuilder();
        for (JsonObject parameter : query(operation)) {
            String name = parameter.getString("name");
            if (parameter.getBoolean("required", false) && !name.equals(except)) {
                query.append(query.isEmpty() && except == null ? "?" : "&").append(name).append('=')
                        .append(HostileValues.encode(SchemaValues.exampleText(parameter.getJsonObject("schema", new JsonObject()))));
            }
        }
        return query.toString();
    }

    /** The page's own form fields and link parameters (what its filters send), and {@code next}. */
    private static Set<String> pageParameters(SignedInClient client, MountedRoute route) {
        Set<String> names = new LinkedHashSet<>(List.of("next", "q"));
        String page = client.get(route.pathWith("1")).body();
        Matcher fields = FORM_FIELD.matcher(page);
        while (fields.find()) {
            names.add(fields.group(1));
        }
        Matcher links = LINK_QUERY.matcher(page);
        while (links.find()) {
            for (String pair : links.group(1).replace("&amp;", "&").split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        names.remove("_csrf");
        names.removeIf(String::isBlank);
        return names;
    }

    private static SignedInClient clientFor(Access access) {
        DemoUsers.DemoUser user = DemoUsers.USERS.stream()
                .filter(u -> access.roles().isEmpty() || u.roles().stream().anyMatch(access.roles()::contains))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo user holds one of " + access.roles()));
        return client(user.username());
    }

    private static SignedInClient client(String username) {
        return CLIENTS.computeIfAbsent(username, name -> SignedInClient.signIn(node.server.httpPort(), name, DemoUsers.DEMO_PASSWORD));
    }

    private static void assertNothingStored(Map<String, Long> before) {
        assertThat(rowCounts()).as("rows per table after hostile requests").isEqualTo(before);
    }

    /** Rows in every table of the ledger. */
    private static Map<String, Long> rowCounts() {
        List<String> tables = node.server.ledger().jdbc().query("test: list tables",
                "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
                row -> row.getString(1));
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table, node.server.ledger().jdbc().queryOne("test: count rows",
                    "select count(*) from \"" + table.replace("\"", "\"\"") + "\"", row -> row.getLong(1)));
        }
        return counts;
    }

    private static String shorten(String text) {
        String oneLine = text.replace("\u0000", "\\0");
        return oneLine.length() > 80 ? oneLine.substring(0, 80) + "..." : oneLine;
    }

    private record Body(String what, String contentType, String text) {}
}
