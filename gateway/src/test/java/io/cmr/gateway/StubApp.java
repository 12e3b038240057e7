package io.cmr.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/** An app behind the gateway, on loopback, that records what reached it. */
final class StubApp implements AutoCloseable {

    static final String SERVICE_TRACE_RESPONSE = "00-11111111111111111111111111111111-2222222222222222-01";

    record Received(String method, String rawPath, Map<String, List<String>> headers) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean hangs;
    private volatile CountDownLatch held = new CountDownLatch(0);
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private StubApp(String name) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = ("{\"app\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    Map.copyOf(exchange.getRequestHeaders())));
            pause();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            // Like the real services, echo the request id, which the gateway must not then repeat.
            String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
            if (requestId != null) {
                exchange.getResponseHeaders().add("X-Request-Id", requestId);
            }
            // And tell its own span of the trace, which the gateway replaces with its own.
            exchange.getResponseHeaders().add("traceresponse", SERVICE_TRACE_RESPONSE);
            exchange.sendResponseHeaders(failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? 503 : 200,
                    body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        // Answers in parallel, like an app with a thread per request.
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    static StubApp start(String name) {
        try {
            return new StubApp(name);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Answers the next {@code count} requests with a 503, like a service having a bad moment. */
    void failNext(int count) {
        failuresLeft.set(count);
    }

    /** Makes every later request wait for an answer until the stub is closed, like an app that hangs. */
    StubApp hanging() {
        this.hangs = true;
        return this;
    }

    /** Holds every later request's answer until {@link #release()}, like a busy app. */
    void hold() {
        held = new CountDownLatch(1);
    }

    void release() {
        held.countDown();
    }

    private void pause() {
        try {
            held.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        if (!hangs) {
            return;
        }
        try {
            closed.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return received;
    }

    Received last() {
        return received.get(received.size() - 1);
    }

    void forget() {
        received.clear();
        failuresLeft.set(0);
    }

    @Override
    public void close() {
        closed.countDown();
        held.countDown();
        server.stop(0);
    }
}
