package org.ledgerline.ivr.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ledgerline.ivr.http.Access;
import org.ledgerline.ivr.http.ApiDocsRoutes;
import org.ledgerline.ivr.http.MountedRoute;
import org.ledgerline.ivr.http.OpenApiDocument;
import org.ledgerline.ivr.http.OpenApiDocument.OpenApiOperation;
import org.ledgerline.ivr.http.SignedInClient;
import org.ledgerline.ivr.user.DemoUsers;
import org.ledgerline.storage.testing.TestLedgers;
import org.ledgerline.storage.user.Role;

/**
 * The OpenAPI document tells the truth about the running node: it is a valid OpenAPI 3 document
 * (checked against the OpenAPI 3 meta-schema), every {@code /api/**} route the router holds
 * (method + path) is in it with its path parameters and exactly the roles its {@link Access} allows,
 * and it lists no route the router lacks. A route added without documenting it fails here.
 */
class OpenApiContractIT {
    private static RunningServer node;
    private static Vertx vertx;
    private static OpenApiDocument contract;

    @BeforeAll
    static void startNodeAndReadTheDocument() {
        node = RunningServer.on(TestLedgers.newDatabase(), Map.of());
        vertx = Vertx.vertx();
        contract = OpenApiDocument.load(vertx, ApiDocsRoutes.DOCUMENT_RESOURCE);
    }

    @AfterAll
    static void stop() {
        vertx.close().await();
        node.close();
    }

    @Test
    void everyApiRouteOfTheRouterIsInTheDocumentAndNoOther() {
        Set<String> mounted = MountedRoute.api(node.server.httpRouter()).stream()
                .map(route -> route.namedMethod().name() + " " + route.openApiPath())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = contract.operations().stream()
                .map(OpenApiOperation::toString)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(mounted).as("API routes the router holds").contains("GET /api/disputes", "GET /api/openapi.yaml");
        assertThat(documented).as("routes in %s that the router lacks (remove them from the document)",
                ApiDocsRoutes.DOCUMENT_RESOURCE).isSubsetOf(mounted);
        assertThat(mounted).as("routes of the router missing from %s (describe each, with x-ledgerline-roles)",
                ApiDocsRoutes.DOCUMENT_RESOURCE).isSubsetOf(documented);
    }

    @Test
    void everyPathParameterOfARouteIsDocumentedUnderTheSameName() {
        for (MountedRoute route : MountedRoute.api(node.server.httpRouter())) {
            List<String> documented = contract.operation(route.namedMethod(), route.openApiPath())
                    .parameterNames("path");
            assertThat(documented).as("path parameters of %s", route)
                    .containsExactlyInAnyOrderElementsOf(route.pathParameters());
        }
    }

    @Test
    void everyOperationSaysWhoMayCallItAndHowRefusalsLook() {
        for (OpenApiOperation operation : contract.operations()) {
            assertThat(operation.model().getString("operationId")).as("operationId of %s", operation).isNotBlank();
            assertThat(operation.model().getJsonArray("x-ledgerline-roles")).as("x-ledgerline-roles of %s", operation)
                    .isNotNull().isNotEmpty();
            assertThat(operation.model().getJsonObject("responses").getJsonObject("401")).as("401 of %s", operation)
                    .isNotNull();
        }
        assertThat(contract.raw().getJsonObject("components").getJsonObject("securitySchemes").fieldNames())
                .containsExactlyInAnyOrder("sessionCookie", "csrfHeader", "bearerToken");
    }

    @Test
    void everyOperationListsExactlyTheRolesItsRouteAllows() {
        for (MountedRoute route : MountedRoute.api(node.server.httpRouter())) {
            Set<String> documented = contract.operation(route.namedMethod(), route.openApiPath()).model()
                    .getJsonArray("x-ledgerline-roles").stream().map(String::valueOf).collect(Collectors.toSet());
            assertThat(documented).as("x-ledgerline-roles of %s", route).isEqualTo(rolesOf(route.access()));
        }
    }

    @Test
    void theNodeServesTheDocumentAsWrittenToASignedInUser() {
        assertThat(node.get(ApiDocsRoutes.DOCUMENT_PATH).statusCode()).as("without signing in").isEqualTo(401);

        HttpResponse<String> served = SignedInClient
                .signIn(node.server.httpPort(), "collector1", DemoUsers.DEMO_PASSWORD)
                .get(ApiDocsRoutes.DOCUMENT_PATH);

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("content-type")).hasValue("application/yaml; charset=utf-8");
        assertThat(served.body()).isEqualTo(resource(ApiDocsRoutes.DOCUMENT_RESOURCE));
    }

    @Test
    void swaggerUiIsAPageWithoutInlineCodeWhoseFilesAllComeFromTheNode() {
        SignedInClient admin = SignedInClient.signIn(node.server.httpPort(), "admin", DemoUsers.DEMO_PASSWORD);

        HttpResponse<String> page = admin.get(ApiDocsRoutes.UI_PATH);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsPattern("<meta name=\"csrf-token\" content=\"[A-Za-z0-9_-]{20,}\">")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                .doesNotContain("<style", "style=", " onload=", "https://");
        Matcher files = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page.body());
        List<String> loaded = new ArrayList<>();
        while (files.find()) {
            loaded.add(files.group(1));
            assertThat(admin.get(files.group(1)).statusCode()).as("GET %s", files.group(1)).isEqualTo(200);
        }
        assertThat(loaded).anyMatch(file -> file.endsWith("/swagger-ui-bundle.js"))
                .anyMatch(file -> file.endsWith("/swagger-ui.css")).contains("/assets/api-docs/swagger-init.js");
    }

    /** An Access as the document names it: PUBLIC, ANY_SIGNED_IN, or the role names. */
    private static Set<String> rolesOf(Access access) {
        if (access.isPublic()) {
            return Set.of("PUBLIC");
        }
        if (access.roles().isEmpty()) {
            return Set.of("ANY_SIGNED_IN");
        }
        return access.roles().stream().map(Role::name).collect(Collectors.toSet());
    }

    private static String resource(String name) {
        try (InputStream in = OpenApiContractIT.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
