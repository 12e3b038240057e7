package io.cmr.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** The public API on loopback: answers as a test tells it to, and records what reached it. */
public final class StubApi implements AutoCloseable {

    public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private record Reply(int status, String json, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Reply reply;
    private final Map<String, Reply> routes = new ConcurrentHashMap<>();
    private volatile CountDownLatch hanging = new CountDownLatch(0);

    private StubApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    private static StubApi shared;

    /** One stub for every test class that shares the application context (its address is in the context's settings). */
    public static synchronized StubApi shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    public static StubApi start() {
        try {
            return new StubApi();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The answer to any request no route matches. */
    public void answer(int status, String json) {
        reply = new Reply(status, json, Map.of());
    }

    /**
     * The answer to one method and path (query left out); {@code headers} are name, value pairs.
     * {@code json} starting with "{" and status 4xx goes out as a problem.
     */
    public StubApi on(String method, String path, int status, String json, String... headers) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            extra.put(headers[i], headers[i + 1]);
        }
        routes.put(method + " " + path, new Reply(status, json, extra));
        return this;
    }

    /** What reached one method and path, oldest first. */
    public List<Received> received(String method, String path) {
        return received.stream().filter(request -> request.method().equals(method) && request.path().equals(path))
                .toList();
    }

    /** Takes requests and never answers them, until {@link #reset()}; without it, a request no answer matches gets 404. */
    public void hang() {
        hanging = new CountDownLatch(1);
        reply = null;
    }

    public List<Received> received() {
        return received;
    }

    public Received last() {
        return received.get(received.size() - 1);
    }

    public void reset() {
        hanging.countDown();
        received.clear();
        routes.clear();
        reply = null;
    }

    @Override
    public void close() {
        hanging.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body));
        Reply answer = routes.getOrDefault(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath(),
                reply);
        if (answer == null && hanging.getCount() == 0) {
            answer = new Reply(404, "{\"status\":404}", Map.of());
        }
        if (answer == null) {
            try {
                hanging.await(30, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] json = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
                answer.status() >= 400 ? "application/problem+json" : "application/json");
        answer.headers().forEach(exchange.getResponseHeaders()::add);
        boolean empty = json.length == 0;
        exchange.sendResponseHeaders(answer.status(), empty ? -1 : json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
