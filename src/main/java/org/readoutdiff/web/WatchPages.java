package org.readoutdiff.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.readoutdiff.service.InputProblem;
import org.readoutdiff.service.StoredWatch;
import org.readoutdiff.service.WatchRequest;
import org.readoutdiff.service.Watches;

/**
 * The watches page (add, check now, remove), one watch's page with its version timeline, its
 * snapshots as WARC records, and the Atom feeds: one per watch and one for all.
 */
@Path("/watches")
public class WatchPages {

    static final String ATOM = "application/atom+xml";
    private static final int FEED_ENTRIES = 50;

    private final Watches watches;

    public WatchPages(Watches watches) {
        this.watches = watches;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Pages.watches(new WatchViews.Listing(watches.list().stream().map(WatchViews::row).toList(), 60, 5));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String url, @RestForm String label, @RestForm String issuer, @RestForm String meeting,
                        @RestForm String selector, @RestForm String intervalMinutes, @RestForm String notifyMinor,
                        @RestForm String webhookUrl) throws InputProblem {
        Integer interval = null;
        if (intervalMinutes != null && !intervalMinutes.isBlank()) {
            try {
                interval = Integer.valueOf(intervalMinutes.strip());
            } catch (NumberFormatException e) {
                throw new InputProblem(InputProblem.Kind.BAD_INPUT, "the interval must be a whole number of minutes, not '"
                        + intervalMinutes + "'");
            }
        }
        StoredWatch watch = watches.add(new WatchRequest(url, label, issuer, meeting, selector, interval,
                notifyMinor != null && !notifyMinor.isBlank(), webhookUrl));
        return Response.seeOther(URI.create("/watches/" + watch.id())).build();
    }

    @GET
    @Path("{id: [A-Za-z0-9]+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance watch(@PathParam("id") String id) throws InputProblem {
        return Pages.watch(WatchViews.page(found(id)));
    }

    @POST
    @Path("{id: [A-Za-z0-9]+}/check")
    public Response check(@PathParam("id") String id) throws InputProblem {
        watches.check(id);
        return Response.seeOther(URI.create("/watches/" + id)).build();
    }

    @POST
    @Path("{id: [A-Za-z0-9]+}/delete")
    public Response delete(@PathParam("id") String id) throws InputProblem {
        if (!watches.remove(id)) {
            throw notFound(id);
        }
        return Response.seeOther(URI.create("/watches")).build();
    }

    @GET
    @Path("feed.atom")
    @Produces(ATOM)
    public Response feed(UriInfo uri) {
        String base = base(uri);
        return atom(WatchViews.feed("urn:readout-diff:watches", "readout-diff: every watched statement",
                base + "/watches/feed.atom", base + "/watches", watches.feed(null, FEED_ENTRIES), base));
    }

    @GET
    @Path("{id: [A-Za-z0-9]+}/feed.atom")
    @Produces(ATOM)
    public Response feed(@PathParam("id") String id, UriInfo uri) throws InputProblem {
        StoredWatch watch = found(id);
        String base = base(uri);
        return atom(WatchViews.feed("urn:readout-diff:watch:" + id, "readout-diff: " + watch.label(),
                base + "/watches/" + id + "/feed.atom", base + "/watches/" + id, watches.feed(id, FEED_ENTRIES), base));
    }

    @GET
    @Path("{id: [A-Za-z0-9]+}/versions/{number: [0-9]{1,6}}.warc")
    @Produces("application/warc")
    public Response warc(@PathParam("id") String id, @PathParam("number") int number) throws InputProblem {
        StoredWatch watch = found(id);
        List<StoredWatch.Version> versions = watch.versions();
        if (number < 1 || number > versions.size()) {
            throw new InputProblem(InputProblem.Kind.NOT_FOUND, "the watch '" + id + "' has no version " + number);
        }
        byte[] record = watches.warc(versions.get(number - 1).snapshotId()).orElseThrow();
        return Response.ok(record, "application/warc")
                .header("Content-Disposition", "attachment; filename=\"watch-" + id + "-v" + number + ".warc\"").build();
    }

    private static Response atom(WatchViews.Feed feed) {
        return Response.ok(Pages.watchFeed(feed).render(), ATOM + ";charset=utf-8").build();
    }

    private static String base(UriInfo uri) {
        return uri.getBaseUri().toString().replaceAll("/+$", "");
    }

    private StoredWatch found(String id) throws InputProblem {
        return watches.watch(id).orElseThrow(() -> notFound(id));
    }

    private static InputProblem notFound(String id) {
        return new InputProblem(InputProblem.Kind.NOT_FOUND, "There is no watch with the id '" + id + "'.");
    }
}
