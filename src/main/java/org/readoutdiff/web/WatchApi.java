package org.readoutdiff.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.StoredWatch;
import org.readoutdiff.service.WatchRequest;
import org.readoutdiff.service.Watches;

/** Watches through the API (DESIGN § Watches). */
@Path("/api/watches")
public class WatchApi {

    private final Watches watches;

    public WatchApi(Watches watches) {
        this.watches = watches;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Watch a page", description = "{\"url\", \"label\", \"issuer\", \"meeting\", \"selector\", "
            + "\"intervalMinutes\" (default 60, at least 5), \"notifyMinor\", \"webhookUrl\"}: 201 with the watch; "
            + "its first check is due at once.")
    public Response add(WatchRequest request) throws InputProblem {
        StoredWatch watch = watches.add(request);
        return Response.created(URI.create("/api/watches/" + watch.id())).entity(WatchJson.of(watch, true))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every watch, oldest first, with its last check (without its versions)")
    public WatchJson.Listing list() {
        List<WatchJson> all = watches.list().stream().map(w -> WatchJson.of(w, false)).toList();
        return new WatchJson.Listing(all.size(), all);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One watch with its versions, oldest first")
    public WatchJson get(@PathParam("id") String id) throws InputProblem {
        return WatchJson.of(found(id), true);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop watching; the versions stay in the library as statements and comparisons")
    public Response delete(@PathParam("id") String id) throws InputProblem {
        if (!watches.remove(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/check")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fetch the page now", description = "Answers when the check is done, with the watch; "
            + "409 while another check of the same watch runs.")
    public WatchJson check(@PathParam("id") String id) throws InputProblem {
        return WatchJson.of(watches.check(id), true);
    }

    private StoredWatch found(String id) throws InputProblem {
        return watches.watch(id).orElseThrow(() -> notFound(id));
    }

    private static InputProblem notFound(String id) {
        return new InputProblem(InputProblem.Kind.NOT_FOUND, "there is no watch with the id '" + id + "'");
    }
}
