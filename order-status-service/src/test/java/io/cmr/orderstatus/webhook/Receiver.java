package io.cmr.orderstatus.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/** A partner's webhook endpoint on loopback, checking signatures as a partner would. */
final class Receiver implements AutoCloseable {

    record Received(String id, String timestamp, String signature, String body, boolean signatureValid) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile String secret;

    private Receiver(HttpServer server) {
        this.server = server;
    }

    static Receiver start() {
        try {
            Receiver receiver = new Receiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            receiver.server.createContext("/hook", exchange -> {
                String body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String timestamp = exchange.getRequestHeaders().getFirst("Webhook-Timestamp");
                String signature = exchange.getRequestHeaders().getFirst("Webhook-Signature");
                receiver.received.add(new Received(exchange.getRequestHeaders().getFirst("Webhook-Id"), timestamp, signature, body,
                        receiver.secret != null && ("v1=" + hmac(receiver.secret, timestamp + "." + body)).equals(signature)));
                Integer status = receiver.answers.poll();
                byte[] answer = (status == null || status == 200 ? "ok" : "busy, try later").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            receiver.server.start();
            return receiver;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    /** The statuses of the next answers, 200 after them. */
    void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    List<Received> received() {
        return received;
    }

    private static String hmac(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
