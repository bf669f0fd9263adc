package org.readoutdiff.web;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Changes come only from the site's own pages, or from programs that are not browsers. Every
 * request that can change something (any method but GET, HEAD and OPTIONS, forms and API
 * alike) is checked before it is routed:
 *
 * <ul>
 *   <li>an {@code Origin} header must be the service's own origin (the scheme, host and port
 *       the request was sent to) or one listed in {@code readout-diff.allowed-origins};</li>
 *   <li>{@code Sec-Fetch-Site: cross-site} or {@code same-site} (the browser says another site
 *       sent it) is refused unless the Origin is listed;</li>
 *   <li>{@code Origin: null} (a sandboxed frame, a data: page, a redirect across sites) is
 *       refused unless the browser also says {@code Sec-Fetch-Site: same-origin};</li>
 *   <li>a request with neither header (curl, scripts, CI) goes on: only browsers send them, and
 *       a browser always does on a cross-site POST.</li>
 * </ul>
 *
 * Refused requests get 403 with a message, before anything is read or stored. Without this
 * check any web page a reader has open could make their browser add statements to the
 * library. Quarkus' CORS filter is not used for this: it governs which sites may <em>read</em>
 * answers, and it would refuse our own forms, which browsers post with {@code Origin: null}
 * where a page's referrer policy is {@code no-referrer}.
 *
 * <p>A body's type must be stated: a request to a resource that declares what it
 * {@link Consumes} and sends no {@code Content-Type} gets 415 (Quarkus REST would otherwise
 * route it as if it had the declared type). A wrong type already gets 415 from Quarkus REST.
 */
@Singleton
public class RequestOrigin {

    /** The setting that lists other sites whose pages may post here. */
    static final String ALLOWED_ORIGINS = "readout-diff.allowed-origins";

    private static final Logger LOG = Logger.getLogger(RequestOrigin.class);

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Set<String> allowed;

    RequestOrigin(@ConfigProperty(name = ALLOWED_ORIGINS) Optional<List<String>> allowedOrigins) {
        allowed = allowed(allowedOrigins.orElse(List.of()), LOG::error);
    }

    @ServerRequestFilter(preMatching = true)
    public Response checkOrigin(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return null;
        }
        URI target = request.getUriInfo().getRequestUri();
        String own = origin(target.getScheme(), target.getHost(), target.getPort());
        String refusal = refusal(request.getHeaderString("Origin"), request.getHeaderString("Sec-Fetch-Site"), own,
                allowed);
        return refusal == null ? null : ErrorResponses.respond(403, refusal, request.getUriInfo());
    }

    /** Why a state-changing request with these headers is refused here, or null (see the static one). */
    String refusal(String origin, String fetchSite, String own) {
        return refusal(origin, fetchSite, own, allowed);
    }

    @ServerRequestFilter
    public Response requireContentType(ContainerRequestContext request, ResourceInfo resource) {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getHeaderString("Content-Type") != null
                || resource.getResourceMethod() == null) {
            return null;
        }
        Consumes consumes = resource.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null && resource.getResourceClass() != null) {
            consumes = resource.getResourceClass().getAnnotation(Consumes.class);
        }
        if (consumes == null || Arrays.asList(consumes.value()).contains("*/*")) {
            return null;
        }
        return ErrorResponses.respond(415, "The request has no Content-Type header. This address takes "
                + String.join(" or ", consumes.value()) + "; say so in the header, e.g. "
                + "Content-Type: " + consumes.value()[0] + ".", request.getUriInfo());
    }

    /**
     * Why a state-changing request with these headers is refused, or null if it may go on.
     *
     * @param origin    the Origin header, or null
     * @param fetchSite the Sec-Fetch-Site header, or null
     * @param own       the service's own origin as {@link #origin(String, String, int)} writes it
     * @param allowed   other origins that may post, as {@link #allowed(List, Consumer)} writes them
     */
    static String refusal(String origin, String fetchSite, String own, Set<String> allowed) {
        String site = fetchSite == null ? null : fetchSite.strip().toLowerCase(Locale.ROOT);
        boolean otherSite = "cross-site".equals(site) || "same-site".equals(site);
        if (origin == null) {
            return otherSite ? refused("the browser says it was sent by a page on another site (Sec-Fetch-Site: "
                    + site + ")") : null;
        }
        if (origin.strip().equals("null")) {
            return "same-origin".equals(site) ? null
                    : refused("it comes from a page that has no origin (Origin: null), such as a sandboxed frame");
        }
        String normalized = normalize(origin);
        if (normalized != null && allowed.contains(normalized)) {
            return null;
        }
        if (normalized != null && normalized.equals(own) && !otherSite) {
            return null;
        }
        return refused("it was sent by a page on " + shortened(origin) + ", not by this site's own pages");
    }

    private static String refused(String why) {
        return "Refused: " + why + ". readout-diff takes changes only from its own pages and from programs that "
                + "send no Origin header (scripts, curl, CI jobs). To let another site's pages post here, list its "
                + "origin in the setting " + ALLOWED_ORIGINS + ".";
    }

    /**
     * The configured origins, normalized. A value that is not an origin is left out (its pages
     * stay refused, the safe side) and reported to {@code invalid}: the service logs it as an
     * error. It does not stop the program, which would also stop every command-line run.
     */
    static Set<String> allowed(List<String> values, Consumer<String> invalid) {
        Set<String> origins = new LinkedHashSet<>();
        for (String value : values) {
            if (value.isBlank()) {
                continue;
            }
            String normalized = normalize(value);
            if (normalized == null) {
                invalid.accept(ALLOWED_ORIGINS + ": '" + value.strip() + "' is not an origin like "
                        + "https://newsroom.example.org (scheme, host and port only); it is ignored");
            } else {
                origins.add(normalized);
            }
        }
        return Set.copyOf(origins);
    }

    /** An origin as browsers send it (scheme://host[:port], nothing after), normalized; null if it is not one. */
    static String normalize(String origin) {
        try {
            URI uri = new URI(origin.strip());
            boolean bare = uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"));
            if (uri.getScheme() == null || uri.getHost() == null || !bare) {
                return null;
            }
            return origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** scheme://host[:port], lower case, without the scheme's default port. */
    static String origin(String scheme, String host, int port) {
        String s = scheme == null ? "http" : scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
        return s + "://" + String.valueOf(host).toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static String shortened(String text) {
        String stripped = text.strip();
        return stripped.length() <= 120 ? stripped : stripped.substring(0, 120) + "…";
    }
}
