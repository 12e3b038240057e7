package io.cmr.profile.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ExportTest {

    /** Keycloak's token endpoint and preference-service, both stubbed; order-status-service is down. */
    private static final HttpServer STUB = stub();
    private static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    ExportTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @DynamicPropertySource
    static void otherServices(DynamicPropertyRegistry registry) {
        String stub = "http://127.0.0.1:" + STUB.getAddress().getPort();
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> stub + "/token");
        registry.add("cmr.remote.clients.preference.url", () -> stub);
        registry.add("cmr.remote.clients.order-status.url", () -> "http://127.0.0.1:" + closedPort());
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
    void theExportGathersEveryServicesPartAndNamesThePartItCouldNotGet() {
        String token = tokens.customer("exporting-customer").claim("given_name", "Exa").bearer();
        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isOk();

        api.get().uri("/api/v1/profile/me/export").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.customerId").isEqualTo("exporting-customer")
                .jsonPath("$.complete").isEqualTo(false)
                .jsonPath("$.parts.profile.profile.givenName").isEqualTo("Exa")
                .jsonPath("$.parts.preference.topics[0]").isEqualTo("delivery-exporting-customer")
                .jsonPath("$.parts['order-status']").doesNotExist()
                .jsonPath("$.missing[0].part").isEqualTo("order-status");
        assertThat(AUTHORIZATIONS).contains("Bearer stub-service-token");
    }

    private static HttpServer stub() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/token", exchange -> answer(exchange,
                    "{\"access_token\":\"stub-service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
            server.createContext("/internal/v1/customers/", exchange -> {
                AUTHORIZATIONS.add(exchange.getRequestHeaders().getFirst("Authorization"));
                String customerId = exchange.getRequestURI().getPath().split("/")[4];
                answer(exchange, "{\"topics\":[\"delivery-" + customerId + "\"]}");
            });
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
