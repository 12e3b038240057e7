package io.cmr.profile.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class ErasureTest {

    /** Keycloak's token endpoint, preference-service, and an order-status-service that is down until told. */
    private static final HttpServer STUB = stub();
    private static final AtomicBoolean ORDER_STATUS_UP = new AtomicBoolean(false);
    private static final List<String> ERASED = new CopyOnWriteArrayList<>();

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    ErasureTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @DynamicPropertySource
    static void otherServices(DynamicPropertyRegistry registry) {
        String stub = "http://127.0.0.1:" + STUB.getAddress().getPort();
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> stub + "/token");
        registry.add("cmr.remote.clients.preference.url", () -> stub + "/preference");
        registry.add("cmr.remote.clients.order-status.url", () -> stub + "/order-status");
        registry.add("cmr.remote.clients.order-status.retry.max-attempts", () -> "1");
        // The verified-email notices also meet the down order-status; its breaker must not outlast the test.
        registry.add("cmr.remote.clients.order-status.breaker.open-for", () -> "200ms");
        registry.add("cmr.profile.erasure-retry-interval", () -> "200ms");
    }

    @AfterAll
    static void stop() {
        STUB.stop(0);
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void erasureIsRetriedUntilEveryServiceConfirmedAndThenNothingIsLeft() {
        String token = tokens.customer("forgotten-customer").claim("email", "forget@example.com")
                .claim("email_verified", true).bearer();
        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isOk();

        Map<?, ?> accepted = api.delete().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isAccepted()
                .expectHeader().exists(HttpHeaders.LOCATION)
                .expectBody(Map.class).returnResult().getResponseBody();
        String state = "/api/v1/profile/me/erasure/" + accepted.get("id");

        await().until(() -> ERASED.contains("preference/forgotten-customer"));
        await().until(() -> status(token, state).toString().contains("did not answer")
                || status(token, state).toString().contains("answered"));
        assertThat(status(token, state).get("status")).isEqualTo("PENDING");
        ORDER_STATUS_UP.set(true);

        await().until(() -> "DONE".equals(status(token, state).get("status")));
        assertThat(ERASED).contains("order-status/forgotten-customer");
        api.get().uri("/internal/v1/customers/forgotten-customer/export")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("preference-service", "internal").bearer())
                .exchange().expectBody().json("{\"profile\":null,\"contactPoints\":[],\"audit\":[]}");
        api.get().uri("/internal/v1/contact-points/by-email?address=forget@example.com")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("preference-service", "internal").bearer())
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void onlyTheCustomerAndAdminsSeeAnErasureRequest() {
        String token = tokens.customer("leaving-customer").bearer();
        String id = api.delete().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();

        api.get().uri("/api/v1/profile/me/erasure/" + id)
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("someone-else").bearer()).exchange()
                .expectStatus().isNotFound();
        api.get().uri("/api/v1/erasures/" + id)
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("ada").roles("admin").bearer()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.customerId").isEqualTo("leaving-customer");
        api.get().uri("/api/v1/erasures/" + id)
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("sam").roles("support").bearer()).exchange()
                .expectStatus().isNotFound();
    }

    private Map<?, ?> status(String token, String path) {
        return api.get().uri(path).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private static HttpServer stub() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/token", exchange -> answer(exchange, 200,
                    "{\"access_token\":\"stub-service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
            server.createContext("/preference/internal/v1/customers/", exchange -> erase(exchange, "preference"));
            server.createContext("/order-status/internal/v1/customers/", exchange -> {
                if (ORDER_STATUS_UP.get()) {
                    erase(exchange, "order-status");
                }
                else {
                    answer(exchange, 503, "{}");
                }
            });
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void erase(HttpExchange exchange, String service) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        ERASED.add(service + "/" + path[path.length - 1]);
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
