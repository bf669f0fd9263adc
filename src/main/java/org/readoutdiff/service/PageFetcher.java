package org.readoutdiff.service;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.readoutdiff.compare.ComparisonEngine;

/**
 * Fetches watched pages and posts webhooks, politely and safely, with Vert.x' HTTP client (the
 * one Quarkus already runs; Quarkus' REST client would add a dependency for nothing, and the JDK's
 * client cannot be told which address to connect to).
 *
 * <ul>
 *   <li>Only http and https. Before each request, redirects included, the host is resolved and
 *       every address checked ({@link WatchAddresses}); the connection goes to that checked
 *       address ({@code RequestOptions.setServer}), the Host header and TLS name stay the host's.</li>
 *   <li>Redirects are followed here, not by the client, at most {@code max-redirects} (5), each
 *       hop checked as above.</li>
 *   <li>A User-Agent naming the tool and the contact set in {@code readout-diff.watch.contact};
 *       If-None-Match / If-Modified-Since from the last fetch.</li>
 *   <li>A connect timeout, an idle timeout (no byte for that long) and a budget for the whole
 *       exchange, so a page that trickles one byte a second is given up; at most
 *       {@code max-bytes} of body, refused from its Content-Length when it says so, else
 *       counted as it arrives.</li>
 *   <li>At most one request per host every {@code host-spacing} (in this process).</li>
 * </ul>
 */
@ApplicationScoped
public class PageFetcher {

    /** A response read whole. {@code headers} are as received, in order. */
    public record Response(int status, URI url, InetAddress address, List<Map.Entry<String, String>> headers,
                           byte[] body, Instant receivedAt) {

        /** The first value of a header, case-insensitive, or null. */
        public String header(String name) {
            for (Map.Entry<String, String> header : headers) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue();
                }
            }
            return null;
        }
    }

    private final Vertx vertx;
    private final WatchAddresses addresses;
    private final String userAgent;
    private final Duration connectTimeout;
    private final Duration idleTimeout;
    private final Duration timeBudget;
    private final long maxBytes;
    private final int maxRedirects;
    private final Duration hostSpacing;
    private final Map<String, Instant> nextSlot = new ConcurrentHashMap<>();
    private volatile HttpClient client;

    public PageFetcher(Vertx vertx,
                       @ConfigProperty(name = "readout-diff.watch.allowed-hosts", defaultValue = " ") String allowedHosts,
                       @ConfigProperty(name = "readout-diff.watch.contact") String contact,
                       @ConfigProperty(name = "readout-diff.watch.connect-timeout") Duration connectTimeout,
                       @ConfigProperty(name = "readout-diff.watch.idle-timeout") Duration idleTimeout,
                       @ConfigProperty(name = "readout-diff.watch.fetch-time-budget") Duration timeBudget,
                       @ConfigProperty(name = "readout-diff.watch.max-bytes") long maxBytes,
                       @ConfigProperty(name = "readout-diff.watch.max-redirects") int maxRedirects,
                       @ConfigProperty(name = "readout-diff.watch.host-spacing") Duration hostSpacing) {
        this.vertx = vertx;
        this.addresses = new WatchAddresses(allowedHosts);
        this.userAgent = "readout-diff/" + ComparisonEngine.VERSION + " (watching published statements for edits; contact: "
                + contact.strip() + ")";
        this.connectTimeout = connectTimeout;
        this.idleTimeout = idleTimeout;
        this.timeBudget = timeBudget;
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
        this.hostSpacing = hostSpacing;
    }

    public String userAgent() {
        return userAgent;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Checks that a URL may be watched at all: absolute, http or https, a host, no user name or
     * password in it. (Its addresses are checked on every fetch, as DNS answers change.)
     */
    public static URI checkedUrl(String url) throws FetchProblem {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FetchProblem("'" + url + "' is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchProblem("only http and https addresses can be watched, not '" + url + "'");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchProblem("'" + url + "' has no host name");
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchProblem("'" + url + "' holds a user name or password; they are not sent to watched pages");
        }
        return uri;
    }

    /** GETs a page, following at most max-redirects redirects, each checked. A 304 is returned as it is. */
    public Response get(URI url, Map<String, String> conditions) throws FetchProblem {
        URI current = checkedUrl(url.toString());
        for (int hop = 0; ; hop++) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("User-Agent", userAgent);
            headers.put("Accept", "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5");
            if (hop == 0) {
                headers.putAll(conditions);
            }
            Response response = exchange(HttpMethod.GET, current, headers, null, maxBytes, true);
            if (response.status() < 300 || response.status() >= 400 || response.status() == 304) {
                return response;
            }
            String location = response.header("Location");
            if (location == null) {
                throw new FetchProblem("HTTP " + response.status() + " without a Location from " + current);
            }
            if (hop >= maxRedirects) {
                throw new FetchProblem("more than " + maxRedirects + " redirects, the last to " + location);
            }
            try {
                current = checkedUrl(current.resolve(location.strip()).toString());
            } catch (IllegalArgumentException e) {
                throw new FetchProblem("a redirect to '" + location + "', which is not a URL");
            }
        }
    }

    /** POSTs a body (a webhook); no redirect is followed, the answer's body is read up to 64 KB. */
    public Response post(URI url, Map<String, String> headers, byte[] body) throws FetchProblem {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("User-Agent", userAgent);
        all.putAll(headers);
        return exchange(HttpMethod.POST, checkedUrl(url.toString()), all, body, 65_536, false);
    }

    private Response exchange(HttpMethod method, URI uri, Map<String, String> headers, byte[] body, long limit,
                              boolean spaced) throws FetchProblem {
        InetAddress address = addresses.resolve(uri.getHost());
        if (spaced) {
            waitForSlot(uri.getHost().toLowerCase(Locale.ROOT));
        }
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        RequestOptions options = new RequestOptions().setMethod(method).setHost(uri.getHost()).setPort(port)
                .setSsl(https).setURI(path).setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setConnectTimeout(connectTimeout.toMillis()).setIdleTimeout(idleTimeout.toMillis())
                .setFollowRedirects(false);
        headers.forEach(options::putHeader);
        CompletableFuture<Response> result = new CompletableFuture<>();
        client().request(options).onComplete(opened -> {
            if (opened.failed()) {
                result.completeExceptionally(opened.cause());
                return;
            }
            HttpClientRequest request = opened.result();
            // a reset after the answer (ours) or a broken connection: the outcome is already decided, or is this
            request.exceptionHandler(result::completeExceptionally);
            long timer = vertx.setTimer(timeBudget.toMillis(), t -> {
                if (result.completeExceptionally(new FetchProblem("no complete answer within " + seconds(timeBudget)
                        + " from " + uri))) {
                    request.reset();
                }
            });
            result.whenComplete((r, e) -> vertx.cancelTimer(timer));
            (body == null ? request.send() : request.send(Buffer.buffer(body))).onComplete(answered -> {
                if (answered.failed()) {
                    result.completeExceptionally(answered.cause());
                    return;
                }
                read(answered.result(), request, uri, address, limit, result);
            });
        });
        try {
            return result.get(timeBudget.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchProblem("interrupted while fetching " + uri);
        } catch (TimeoutException e) {
            throw new FetchProblem("no complete answer within " + seconds(timeBudget) + " from " + uri);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FetchProblem problem) {
                throw problem;
            }
            throw new FetchProblem(describe(cause, uri));
        }
    }

    private void read(HttpClientResponse response, HttpClientRequest request, URI uri, InetAddress address, long limit,
                      CompletableFuture<Response> result) {
        // after our own reset the response reports it; by then the outcome is decided
        response.exceptionHandler(result::completeExceptionally);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.headers().forEach(h -> headers.add(new AbstractMap.SimpleImmutableEntry<>(h.getKey(), h.getValue())));
        int status = response.statusCode();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (status >= 300 && status < 400) {
            // a redirect or 304: its body is not wanted; the connection is closed rather than drained
            result.complete(new Response(status, uri, address, headers, new byte[0], at));
            request.reset();
            return;
        }
        String declared = response.getHeader("Content-Length");
        if (declared != null && declared.strip().matches("\\d{1,18}") && Long.parseLong(declared.strip()) > limit) {
            result.completeExceptionally(new FetchProblem(tooLarge(uri, limit) + " (Content-Length " + declared.strip() + ")"));
            request.reset();
            return;
        }
        Buffer received = Buffer.buffer();
        response.handler(chunk -> {
            if (result.isDone()) {
                return;
            }
            if (received.length() + (long) chunk.length() > limit) {
                result.completeExceptionally(new FetchProblem(tooLarge(uri, limit)));
                request.reset();
                return;
            }
            received.appendBuffer(chunk);
        });
        response.exceptionHandler(result::completeExceptionally);
        response.endHandler(done -> result.complete(new Response(status, uri, address, headers, received.getBytes(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS))));
    }

    /** Waits until this host may be asked again, and books the next slot. */
    private void waitForSlot(String host) throws FetchProblem {
        Instant now = Instant.now();
        Instant[] mine = new Instant[1];
        nextSlot.compute(host, (h, next) -> {
            mine[0] = next == null || next.isBefore(now) ? now : next;
            return mine[0].plus(hostSpacing);
        });
        long wait = Duration.between(now, mine[0]).toMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchProblem("interrupted while waiting to ask " + host + " again");
            }
        }
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions()
                            .setConnectTimeout((int) connectTimeout.toMillis())
                            .setIdleTimeout((int) idleTimeout.toSeconds())
                            .setKeepAlive(false)
                            .setVerifyHost(true)
                            .setTryUseCompression(false)
                            .setMaxRedirects(0));
                }
                current = client;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        HttpClient current = client;
        if (current != null) {
            current.close();
        }
    }

    private static String tooLarge(URI uri, long limit) {
        return String.format(Locale.ROOT, "the page at %s is larger than the limit of %,d bytes "
                + "(readout-diff.watch.max-bytes)", uri, limit);
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }

    private static String describe(Throwable cause, URI uri) {
        String name = cause.getClass().getSimpleName();
        String message = cause.getMessage() == null ? name : cause.getMessage();
        if (name.contains("Timeout") || message.toLowerCase(Locale.ROOT).contains("timeout")
                || message.toLowerCase(Locale.ROOT).contains("timed out")) {
            return "timed out fetching " + uri + " (" + message + ")";
        }
        if (name.contains("Connect") || message.contains("Connection refused")) {
            return "could not connect to " + uri + " (" + message + ")";
        }
        return "fetching " + uri + " failed: " + message;
    }
}
