package io.cmr.orderstatus.customer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders given by email address, matched through a stand-in of profile-service and of Keycloak's token endpoint. */
@ServiceTest
class OrdersByEmailTest {

    private static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    private static final HttpServer PROFILE = start();

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    OrdersByEmailTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/token", exchange -> reply(exchange, 200,
                    "{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
            server.createContext("/internal/v1/contact-points/by-email", exchange -> {
                AUTHORIZATIONS.add(exchange.getRequestHeaders().getFirst("Authorization"));
                String query = exchange.getRequestURI().getQuery();
                if (query.equals("address=nia@example.com")) {
                    reply(exchange, 200, "{\"customerId\":\"nia-sub\"}");
                }
                else {
                    reply(exchange, 404, "{\"status\":404}");
                }
            });
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
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

    @AfterAll
    static void stop() {
        PROFILE.stop(0);
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private RestTestClient.BodyContentSpec put(String orderId, String email) {
        Instant now = Instant.now();
        return api.put().uri("/api/v1/orders/{id}", orderId)
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:write", "orders:read").bearer())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"customerEmail":"%s","placedAt":"%s","lines":[{"sku":"A","name":"A","quantity":1}],
                         "shippingAddress":{"name":"N","lines":["1 rue"],"postalCode":"69001","city":"Lyon","country":"FR"},
                         "promisedWindow":{"start":"%s","end":"%s"},"shipments":[]}"""
                        .formatted(email, now, now.plusSeconds(86_400), now.plusSeconds(2 * 86_400)))
                .exchange().expectStatus().isCreated().expectBody();
    }

    @Test
    void anOrderGivenByAVerifiedEmailAddressGoesToThatCustomer() {
        put("N-1", "Nia@Example.com").jsonPath("$.customerId").isEqualTo("nia-sub");

        api.get().uri("/api/v1/orders/N-1").header(HttpHeaders.AUTHORIZATION, tokens.customer("nia-sub").bearer())
                .exchange().expectStatus().isOk();
        assertThat(AUTHORIZATIONS).contains("Bearer service-token");
    }

    @Test
    void anOrderForAnAddressNobodyVerifiedIsKeptUnmatchedWithTheAddress() {
        put("N-2", "nobody@example.com").jsonPath("$.customerId").doesNotExist();

        api.get().uri("/internal/v1/customers/nobody/export")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("profile-service", "internal").bearer()).exchange()
                .expectBody().jsonPath("$.orders.length()").isEqualTo(0);
        api.get().uri("/api/v1/orders/N-2")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:read").bearer()).exchange()
                .expectStatus().isOk();
    }

    private RestTestClient.ResponseSpec verified(String customerId, String address, String token) {
        return api.post().uri("/internal/v1/customers/{id}/verified-emails", customerId)
                .header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .body("{\"address\":\"" + address + "\"}").exchange();
    }

    private String internal() {
        return tokens.partner("profile-service", "internal").bearer();
    }

    @Test
    void ordersKeptForAnAddressBecomeTheCustomersWhenTheyVerifyIt() {
        put("V-1", "Vera@Example.com");
        put("V-2", "vera@example.com");
        String vera = tokens.customer("vera-sub").bearer();
        api.get().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, vera).exchange()
                .expectBody().jsonPath("$.orders.length()").isEqualTo(0);

        verified("vera-sub", "VERA@Example.com", internal()).expectStatus().isOk()
                .expectBody().jsonPath("$.attached").isEqualTo(2);

        api.get().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, vera).exchange()
                .expectBody().jsonPath("$.orders.length()").isEqualTo(2)
                .jsonPath("$.orders[*].orderId").value(ids -> assertThat(ids.toString()).contains("V-1", "V-2"));
        api.get().uri("/api/v1/orders/V-1").header(HttpHeaders.AUTHORIZATION, vera).exchange()
                .expectStatus().isOk();
    }

    @Test
    void tellingTheSameVerificationAgainChangesNothing() {
        put("W-1", "walt@example.com");
        verified("walt-sub", "walt@example.com", internal()).expectBody().jsonPath("$.attached").isEqualTo(1);

        verified("walt-sub", "walt@example.com", internal()).expectStatus().isOk()
                .expectBody().jsonPath("$.attached").isEqualTo(0);
        api.get().uri("/api/v1/orders/W-1").header(HttpHeaders.AUTHORIZATION, tokens.customer("walt-sub").bearer())
                .exchange().expectStatus().isOk();
    }

    @Test
    void ordersOfOtherAddressesAndOfOtherCustomersStayWhereTheyAre() {
        put("X-1", "xena@example.com");
        put("X-2", "Nia@example.com").jsonPath("$.customerId").isEqualTo("nia-sub");
        verified("xena-sub", "xena@example.com", internal()).expectStatus().isOk();

        verified("mallory-sub", "nia@example.com", internal()).expectBody().jsonPath("$.attached").isEqualTo(0);
        verified("mallory-sub", "other@example.com", internal()).expectBody().jsonPath("$.attached").isEqualTo(0);

        api.get().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, tokens.customer("mallory-sub").bearer())
                .exchange().expectBody().jsonPath("$.orders.length()").isEqualTo(0);
        api.get().uri("/api/v1/orders/X-1").header(HttpHeaders.AUTHORIZATION, tokens.customer("xena-sub").bearer())
                .exchange().expectStatus().isOk();
        api.get().uri("/api/v1/orders/X-2").header(HttpHeaders.AUTHORIZATION, tokens.customer("nia-sub").bearer())
                .exchange().expectStatus().isOk();
    }

    @Test
    void theMerchantUpdatingAnAttachedOrderByAddressKeepsItWithTheCustomer() {
        put("Y-1", "yann@example.com");
        verified("yann-sub", "yann@example.com", internal()).expectStatus().isOk();

        Instant now = Instant.now();
        api.put().uri("/api/v1/orders/Y-1")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:write", "orders:read").bearer())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"customerEmail":"yann@example.com","placedAt":"%s","lines":[{"sku":"B","name":"B","quantity":2}],
                         "shippingAddress":{"name":"N","lines":["1 rue"],"postalCode":"69001","city":"Lyon","country":"FR"},
                         "promisedWindow":{"start":"%s","end":"%s"},"shipments":[]}"""
                        .formatted(now, now.plusSeconds(86_400), now.plusSeconds(2 * 86_400)))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.customerId").isEqualTo("yann-sub");
    }

    @Test
    void onlyServicesMayTellOfAVerifiedAddress() {
        put("Z-1", "zoe@example.com");

        verified("zoe-sub", "zoe@example.com", tokens.partner("demo-merchant", "orders:write").bearer())
                .expectStatus().isForbidden();
        verified("zoe-sub", "zoe@example.com", tokens.customer("zoe-sub").bearer()).expectStatus().isForbidden();
        verified("zoe-sub", "not-an-address", internal()).expectStatus().isBadRequest();
        api.get().uri("/api/v1/orders").header(HttpHeaders.AUTHORIZATION, tokens.customer("zoe-sub").bearer())
                .exchange().expectBody().jsonPath("$.orders.length()").isEqualTo(0);
    }
}
