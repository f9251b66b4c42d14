package org.ledgerline.ivr.http;

import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.ledgerline.storage.user.Role;

/**
 * The API's own description: {@code GET /api/openapi.yaml} serves the hand-written OpenAPI 3
 * document ({@value #DOCUMENT_RESOURCE}, kept true by {@code OpenApiContractIT}) to any signed-in
 * user or token, and {@code GET /api-docs} shows it in Swagger UI to admins. Swagger UI's files come
 * from the {@code org.webjars:swagger-ui} jar under {@code /webjars/} (no CDN). Its own
 * {@code index.html} starts it with an inline script, which the node's CSP forbids, so the page is
 * ours and the start-up script is {@code /assets/api-docs/swagger-init.js}; the page carries the
 * session's CSRF token for "Try it out" on routes that change something.
 */
public final class ApiDocsRoutes implements RouteGroup {
    /** The OpenAPI document on the classpath. */
    public static final String DOCUMENT_RESOURCE = "openapi/ledgerline.yaml";
    /** Where the document is served. */
    public static final String DOCUMENT_PATH = "/api/openapi.yaml";
    /** Where Swagger UI is served. */
    public static final String UI_PATH = "/api-docs";

    static final Access DOCUMENT_READERS = Access.anySignedIn();
    static final Access UI_USERS = Access.roles(Role.ADMIN);

    private static final String PAGE_RESOURCE = "api-docs/index.html";
    private static final String SWAGGER_UI_PROPERTIES = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final String document;
    private final String page;

    /** Reads the document, the page and the Swagger UI version from the classpath (once, before serving). */
    public ApiDocsRoutes() {
        this.document = resource(DOCUMENT_RESOURCE);
        this.page = resource(PAGE_RESOURCE).replace("{{swaggerUi}}", "/webjars/swagger-ui/" + swaggerUiVersion());
    }

    @Override
    public void mount(Vertx vertx, SecuredRoutes routes) {
        routes.get(DOCUMENT_PATH, DOCUMENT_READERS, this::document);
        routes.get(UI_PATH, UI_USERS, this::page);
        routes.pages().addNavigation(new PageRenderer.NavEntry("API", UI_PATH, UI_USERS.roles()));
    }

    private void document(RoutingContext ctx) {
        ctx.response().putHeader("content-type", "application/yaml; charset=utf-8").end(document);
    }

    private void page(RoutingContext ctx) {
        ctx.response().putHeader("content-type", "text/html; charset=utf-8")
                .end(page.replace("{{csrfToken}}", escapeHtml(Csrf.token(ctx))));
    }

    /** The token is URL-safe base64 today; escaping keeps the page safe whatever it becomes. */
    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'",
                "&#39;");
    }

    private static String swaggerUiVersion() {
        Properties properties = new Properties();
        try (InputStream in = stream(SWAGGER_UI_PROPERTIES)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SWAGGER_UI_PROPERTIES, e);
        }
        return properties.getProperty("version");
    }

    private static String resource(String name) {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = ApiDocsRoutes.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath");
        }
        return in;
    }
}
