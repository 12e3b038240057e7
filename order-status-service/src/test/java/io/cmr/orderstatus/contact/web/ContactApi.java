package io.cmr.orderstatus.contact.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cmr.orderstatus.contact.NoticesSent;
import io.cmr.orderstatus.notification.outbox.Outbox;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What the contact tests share, one Spring context for all of them: the service, a stand-in of
 * profile-service that knows customers whose id starts with {@code known-}, and helpers.
 */
@ServiceTest
abstract class ContactApi {

    private static final HttpServer PROFILE = startProfile();

    TestTokens tokens;

    /** Notices the tests say reached a customer, recorded in the real outbox. */
    NoticesSent notices;

    @Autowired
    Outbox outbox;

    @LocalServerPort
    int port;

    RestTestClient api;

    private static HttpServer startProfile() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/token", exchange -> reply(exchange,
                    "{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
            server.createContext("/internal/v1/customers/", exchange -> reply(exchange,
                    exchange.getRequestURI().getPath().startsWith("/internal/v1/customers/known-")
                            ? "[{\"id\":\"p1\",\"type\":\"EMAIL\",\"label\":\"home\",\"primary\":true,\"value\":\"k@example.com\"}]"
                            : "[]"));
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void reply(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @DynamicPropertySource
    static void profileService(DynamicPropertyRegistry registry) {
        String url = "http://127.0.0.1:" + PROFILE.getAddress().getPort();
        registry.add("cmr.remote.clients.profile-service.url", () -> url);
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> url + "/token");
    }

    @BeforeEach
    void connect(TestTokens testTokens) {
        tokens = testTokens;
        notices = new NoticesSent(outbox);
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    String support() {
        return tokens.customer("sam-agent").roles("support").bearer();
    }

    String admin() {
        return tokens.customer("ada-admin").roles("admin").bearer();
    }

    String callCentre() {
        return tokens.partner("demo-callcentre", "contacts:write").bearer();
    }

    /** An order of {@code customerId} with one shipment, placed long ago so old contacts may concern it. */
    void order(String orderId, String customerId, String carrier, String trackingNumber) {
        Instant now = Instant.now();
        api.put().uri("/api/v1/orders/{id}", orderId)
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:write").bearer())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"customerId":"%s","placedAt":"%s","lines":[{"sku":"A","name":"A","quantity":1}],
                         "shippingAddress":{"name":"Kim","lines":["1 rue"],"postalCode":"69001","city":"Lyon","country":"FR"},
                         "promisedWindow":{"start":"%s","end":"%s"},
                         "shipments":[{"carrier":"%s","trackingNumber":"%s","lines":[]}]}"""
                        .formatted(customerId, now.minusSeconds(800 * 86_400L), now.plusSeconds(86_400),
                                now.plusSeconds(2 * 86_400), carrier, trackingNumber))
                .exchange().expectStatus().isCreated();
    }

    void carrierEvent(String carrier, String trackingNumber, String eventId, String type, Instant at) {
        api.post().uri("/api/v1/carriers/{carrier}/shipments/{tn}/events", carrier, trackingNumber)
                .header(HttpHeaders.AUTHORIZATION, tokens.partner(carrier, "tracking:write").bearer())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"eventId":"%s","type":"%s","occurredAt":"%s"}""".formatted(eventId, type, at))
                .exchange().expectStatus().isOk();
    }

    RestTestClient.ResponseSpec record(String token, String body) {
        return api.post().uri("/api/v1/contacts").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    /** Adds a reason of its own to the taxonomy, so a test's counts are its own. */
    void reason(String code, String category, String kind) {
        api.post().uri("/api/v1/admin/contact-reasons").header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"code":"%s","category":"%s","name":{"fr":"%s fr","en":"%s en"},"kind":"%s"}"""
                        .formatted(code, category, code, code, kind))
                .exchange().expectStatus().isCreated();
    }
}
