package org.ledgerline.ivr.http;

import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ledgerline.ivr.user.SignedInUser;
import org.ledgerline.storage.user.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders back-office pages: Thymeleaf 3.1 templates from {@code templates/} on the classpath,
 * inside {@code templates/layout.html}, which adds the signed-in user, the navigation their roles
 * may see, the CSRF token and the sign-out button (see that file for how a page plugs in). Every
 * {@code th:text} is HTML-escaped, so nothing a user typed is ever echoed raw.
 *
 * <p>Rendering reads templates from the classpath the first time and then works from a cache; it
 * runs on the {@value #WORKER_POOL} pool anyway, so a big page never holds the event loop.
 */
public final class PageRenderer {
    /** Purpose: page rendering (template reads and Thymeleaf processing), off the event loop. */
    static final String WORKER_POOL = "ledgerline-pages";
    static final int WORKERS = 2;
    /** The routing-context key under which {@link SecuredRoutes} leaves the renderer for {@link #render}. */
    static final String KEY = "ledgerline.pages";

    private static final Logger LOG = LoggerFactory.getLogger(PageRenderer.class);

    /**
     * An entry of the back-office navigation: shown to users holding any of {@code roles}.
     *
     * @param path a local path such as {@code /disputes}
     */
    public record NavEntry(String label, String path, Set<Role> roles) {
        public NavEntry {
            roles = Set.copyOf(roles);
        }

        public boolean visibleTo(SignedInUser user) {
            return user.hasAny(roles);
        }
    }

    private final TemplateEngine engine;
    private final WorkerExecutor workers;
    private final List<NavEntry> navigation = new CopyOnWriteArrayList<>();

    PageRenderer(WorkerExecutor workers) {
        this.workers = workers;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PageRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setLinkBuilder(new RootLinkBuilder());
    }

    /** Adds an entry to the navigation (route groups call this while they mount). */
    public void addNavigation(NavEntry entry) {
        navigation.add(entry);
    }

    /** The entries {@code user} may see, in the order they were added. */
    public List<NavEntry> navigationFor(SignedInUser user) {
        return navigation.stream().filter(entry -> entry.visibleTo(user)).toList();
    }

    /**
     * Renders {@code template} (a name under {@code templates/}, without {@code .html}) inside the
     * layout with status 200. {@code model} must hold {@code title}; templates read it by name.
     */
    public static void render(RoutingContext ctx, String template, Map<String, Object> model) {
        PageRenderer pages = ctx.get(KEY);
        pages.renderPage(ctx, 200, template, model);
    }

    /** Renders a page inside the layout with {@code status}. */
    public void renderPage(RoutingContext ctx, int status, String template, Map<String, Object> model) {
        Map<String, Object> variables = new HashMap<>(model);
        SignedInUser user = ctx.get(Access.USER_KEY);
        variables.put("view", template);
        variables.put("user", user);
        variables.put("navigation", user == null ? List.of() : navigationFor(user));
        variables.put("csrf", Csrf.token(ctx));
        variables.put("csrfField", Csrf.FORM_FIELD);
        variables.putIfAbsent("title", "LedgerLine");
        renderStandalone(ctx, status, "layout", variables);
    }

    /** Renders a template on its own, without the layout (the sign-in page). */
    void renderStandalone(RoutingContext ctx, int status, String template, Map<String, Object> variables) {
        workers.executeBlocking(() -> engine.process(template, new Context(Locale.ENGLISH, variables)), false)
                .onComplete(result -> {
                    if (ctx.response().ended() || ctx.response().closed()) {
                        return;
                    }
                    if (result.failed()) {
                        LOG.error("Page {} failed to render", template, result.cause());
                        ctx.response().setStatusCode(500).putHeader("content-type", "text/plain; charset=utf-8")
                                .end("The page could not be shown; the server log has the details.");
                        return;
                    }
                    ctx.response().setStatusCode(status)
                            .putHeader("content-type", "text/html; charset=utf-8")
                            .putHeader("Cache-Control", "no-store")
                            .end(result.result());
                });
    }

    /**
     * {@code @{/path}} links: the node serves the back office at the root, so the context path is
     * empty (Thymeleaf's default wants a servlet context to ask, which Vert.x has not).
     */
    private static final class RootLinkBuilder extends StandardLinkBuilder {
        @Override
        protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
            return "";
        }
    }
}
