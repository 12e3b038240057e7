package io.cmr.platform.remote;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Another app on loopback: answers as a test tells it to, holds answers back on demand, records what reached it. */
final class StubServer implements AutoCloseable {

    record Received(String method, String path, Map<String, List<String>> headers, String body, long nanoTime) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private record Reply(int status, String json, String retryAfter) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Reply reply = new Reply(200, "{}", null);
    private volatile CountDownLatch held = new CountDownLatch(0);

    private StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static StubServer start() {
        try {
            return new StubServer();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(int status, String json) {
        reply = new Reply(status, json, null);
    }

    /** An answer telling the caller when to come back, as a rate limit's 429 does. */
    void answer(int status, String json, String retryAfter) {
        reply = new Reply(status, json, retryAfter);
    }

    /** Requests wait for {@link #release()} before they are answered, like an app that hangs. */
    void hold() {
        held = new CountDownLatch(1);
    }

    void release() {
        held.countDown();
    }

    List<Received> received() {
        return received;
    }

    Received last() {
        return received.get(received.size() - 1);
    }

    void reset() {
        release();
        received.clear();
        answer(200, "{}");
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                Map.copyOf(exchange.getRequestHeaders()), body, System.nanoTime()));
        try {
            held.await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        Reply answer = reply;
        byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            out.write(bytes);
        }
        catch (IOException ex) {
            // The client gave up waiting and closed the connection: nothing left to answer.
        }
    }
}
