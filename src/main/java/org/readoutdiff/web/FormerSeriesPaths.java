package org.readoutdiff.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The addresses a series had before "comparison set" was renamed "series" (one name per idea):
 * {@code /comparison-sets/...} and {@code /api/comparison-sets/...} answer 308 Permanent Redirect
 * to the same place under {@code /series} and {@code /api/series}, query string kept, so that
 * permalinks already shared keep working and a script's POST is repeated as a POST. A filter
 * before matching, so that every method and sub-path is covered by one rule and none of these
 * addresses shows in the API description.
 */
public class FormerSeriesPaths {

    private static final Pattern FORMER = Pattern.compile("(/api)?/comparison-sets(/.*)?");

    @ServerRequestFilter(preMatching = true)
    public Response redirect(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        Matcher former = FORMER.matcher(uri.getRawPath());
        if (!former.matches()) {
            return null;
        }
        String target = (former.group(1) == null ? "" : "/api") + "/series"
                + (former.group(2) == null ? "" : former.group(2))
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return Response.status(Response.Status.PERMANENT_REDIRECT).location(URI.create(target)).build();
    }
}
