package org.readoutdiff.web;

import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The addresses a series had before "comparison set" was renamed "series" (one name per idea):
 * {@code /comparison-sets/...} and {@code /api/comparison-sets/...} answer 308 Permanent Redirect
 * to the same place under {@code /series} and {@code /api/series}, query string kept, so that
 * permalinks already shared keep working and a script's POST is repeated as a POST.
 */
@Path("/")
public class FormerSeriesPaths {


    @GET
    @Path("comparison-sets{rest: (/.*)?}")
    @Operation(hidden = true)
    public Response page(@PathParam("rest") @Encoded String rest, @Context UriInfo uri) {
        return moved("/series", rest, uri);
    }

    @POST
    @Path("comparison-sets{rest: (/.*)?}")
    @Operation(hidden = true)
    public Response pagePost(@PathParam("rest") @Encoded String rest, @Context UriInfo uri) {
        return moved("/series", rest, uri);
    }

    @GET
    @Path("api/comparison-sets{rest: (/.*)?}")
    @Operation(hidden = true)
    public Response api(@PathParam("rest") @Encoded String rest, @Context UriInfo uri) {
        return moved("/api/series", rest, uri);
    }

    @POST
    @Path("api/comparison-sets{rest: (/.*)?}")
    @Operation(hidden = true)
    public Response apiPost(@PathParam("rest") @Encoded String rest, @Context UriInfo uri) {
        return moved("/api/series", rest, uri);
    }

    private static Response moved(String base, String rest, UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        String target = base + (rest == null ? "" : rest) + (query == null ? "" : "?" + query);
        return Response.status(Response.Status.PERMANENT_REDIRECT).location(URI.create(target)).build();
    }
}
