package org.ledgerline.ivr.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One method + path the running router answers, read from {@link Router#getRoutes()}: the list that
 * tests walk so a route added later is covered without touching them. A route that names no method
 * (a 405 fallback) is listed once with {@code method} null; failure-only routes and regex routes are
 * not routes a client names, so they are left out.
 *
 * @param method the method, or null for a route that answers every method
 * @param path the path as mounted, with {@code :name} path parameters; a prefix route
 *     ({@code /assets/*}) ends with {@code /}
 * @param exact false for a prefix route
 * @param access who may use it (from the route's metadata, see {@link SecuredRoutes#ACCESS_METADATA})
 */
public record MountedRoute(@Nullable HttpMethod method, String path, boolean exact, Access access) {
    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z0-9_]+)");

    /** Every method + path of {@code router}, in a stable order, without duplicates. */
    public static List<MountedRoute> of(Router router) {
        Set<MountedRoute> routes = new LinkedHashSet<>();
        for (Route route : router.getRoutes()) {
            if (route.getPath() == null) {
                continue; // pathless, or a pure regex route (Vert.x also calls ":param" routes regex routes)
            }
            boolean exact = isWholePath(route);
            Access access = route.getMetadata(SecuredRoutes.ACCESS_METADATA);
            if (access == null) {
                continue; // a failure-only route: it answers no request of its own
            }
            if (route.methods() == null || route.methods().isEmpty()) {
                routes.add(new MountedRoute(null, route.getPath(), exact, access));
            } else {
                route.methods().forEach(method -> routes.add(new MountedRoute(method, route.getPath(), exact, access)));
            }
        }
        List<MountedRoute> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparing(MountedRoute::path)
                .thenComparing(r -> r.method() == null ? "" : r.method().name()));
        return sorted;
    }

    /**
     * Whether the route answers one path (template), not every path under a prefix. Vert.x calls a
     * route with path parameters "not exact" too, so a prefix route is one mounted with a trailing
     * {@code *}, whose path Vert.x keeps without the star.
     */
    private static boolean isWholePath(Route route) {
        return route.isExactPath() || (PARAMETER.matcher(route.getPath()).find() && !route.getPath().endsWith("/"));
    }

    /** The routes outside {@code /api/} that answer GET on a whole path: pages, and the operations endpoints. */
    public static List<MountedRoute> pages(Router router) {
        return of(router).stream()
                .filter(r -> HttpMethod.GET.equals(r.method()) && r.exact() && !r.path().startsWith("/api/"))
                .toList();
    }

    /** The routes under {@code /api/} that name their methods: the API an OpenAPI document describes. */
    public static List<MountedRoute> api(Router router) {
        return of(router).stream().filter(r -> r.method() != null && r.exact() && r.path().startsWith("/api/"))
                .toList();
    }

    /** The path in OpenAPI form: {@code /api/disputes/{id}}. */
    public String openApiPath() {
        return PARAMETER.matcher(path).replaceAll("{$1}");
    }

    /** The names of the path parameters, in order. */
    public List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** A path to request: every path parameter replaced by {@code value} (already URL-encoded). */
    public String pathWith(String value) {
        return PARAMETER.matcher(path).replaceAll(Matcher.quoteReplacement(value));
    }

    /** The path with only {@code parameter} set to {@code value} and the others to {@code otherValue}. */
    public String pathWith(String parameter, String value, String otherValue) {
        Matcher matcher = PARAMETER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out,
                    Matcher.quoteReplacement(matcher.group(1).equals(parameter) ? value : otherValue));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The method to request with: the route's own, or GET for a route that takes any. */
    public String methodToSend() {
        return method == null ? "GET" : method.name();
    }

    /** The method of a route that names one, as every route {@link #api} returns does. */
    public HttpMethod namedMethod() {
        return Objects.requireNonNull(method, () -> path + " answers every method");
    }

    /** Whether the method carries a body. */
    public boolean takesBody() {
        return HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method) || HttpMethod.PATCH.equals(method);
    }

    @Override
    public String toString() {
        return methodToSend() + " " + path;
    }
}
