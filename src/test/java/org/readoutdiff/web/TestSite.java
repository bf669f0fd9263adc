package org.readoutdiff.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 for the watch tests: a readout page that the test edits
 * between checks (with an ETag, answering 304 to a matching If-None-Match), a 500, a redirect to
 * a private address, a 20 MB body (declared, and chunked without a length), a body that trickles
 * in, and a webhook receiver that records what it is sent.
 */
final class TestSite implements AutoCloseable {

    /** One request the site received. */
    record Received(String method, String path, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            for (Map.Entry<String, List<String>> h : headers.entrySet()) {
                if (h.getKey() != null && h.getKey().equalsIgnoreCase(name)) {
                    return h.getValue().get(0);
                }
            }
            return null;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    final List<Received> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile String page;
    private volatile int version = 1;
    /** Statuses the webhook receiver answers, in turn; 200 once they are used up. */
    final List<Integer> hookStatuses = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger pageRequests = new AtomicInteger();

    TestSite(String firstPage) throws IOException {
        this.page = firstPage;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves another text from now on, with a new ETag. */
    void edit(String newPage) {
        page = newPage;
        version++;
    }

    List<Received> received(String path) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        requests.add(new Received(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
        try (exchange) {
            switch (path) {
                case "/readout", "/readout-a", "/readout-b" -> readout(exchange);
                case "/error" -> send(exchange, 500, "text/plain", "Internal Server Error".getBytes(StandardCharsets.UTF_8));
                case "/redirect-private" -> {
                    exchange.getResponseHeaders().add("Location", "http://10.1.2.3/latest/readout");
                    exchange.sendResponseHeaders(302, -1);
                }
                case "/redirect-metadata" -> {
                    exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
                    exchange.sendResponseHeaders(301, -1);
                }
                case "/redirect-loop" -> {
                    exchange.getResponseHeaders().add("Location", "/redirect-loop");
                    exchange.sendResponseHeaders(302, -1);
                }
                case "/huge" -> huge(exchange, true);
                case "/huge-chunked" -> huge(exchange, false);
                case "/slow", "/slow-claim" -> slow(exchange);
                case "/hook" -> {
                    int status;
                    synchronized (hookStatuses) {
                        status = hookStatuses.isEmpty() ? 200 : hookStatuses.remove(0);
                    }
                    send(exchange, status, "text/plain", "ok".getBytes(StandardCharsets.UTF_8));
                }
                default -> send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void readout(HttpExchange exchange) throws IOException {
        pageRequests.incrementAndGet();
        String etag = "\"v" + version + "\"";
        exchange.getResponseHeaders().add("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        send(exchange, 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    private static void huge(HttpExchange exchange, boolean declared) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        long size = 20L * 1024 * 1024;
        exchange.sendResponseHeaders(200, declared ? size : 0);
        byte[] chunk = "<p>filler filler filler filler.</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < size; sent += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
            }
        } catch (IOException closedByTheClient) {
            // the client gave up, as it should
        }
    }

    /** One byte a second, forever (well, a minute): under the idle timeout, over the fetch budget. */
    private static void slow(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 60; i++) {
                out.write('<');
                out.flush();
                Thread.sleep(1000);
            }
        } catch (IOException | InterruptedException gaveUp) {
            // the client gave up, as it should
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
