package io.cmr.profile.orders;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** order-status-service hears of every verified e-mail address, even if it was down when the customer verified it. */
@ServiceTest
class VerifiedEmailNoticesTest {

    private static final GreenMail SMTP = startMail();
    /** Keycloak's token endpoint and an order-status-service that can be taken down. */
    private static final HttpServer STUB = stub();
    private static final AtomicBoolean ORDER_STATUS_UP = new AtomicBoolean(true);
    private static final List<String> TOLD = new CopyOnWriteArrayList<>();
    private static final List<String> REFUSED = new CopyOnWriteArrayList<>();
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final String POINTS = "/api/v1/profile/me/contact-points";

    private final TestTokens tokens;
    private final MongoDatabase database;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    VerifiedEmailNoticesTest(TestTokens tokens, @Autowired MongoDatabase database) {
        this.tokens = tokens;
        this.database = database;
    }

    @DynamicPropertySource
    static void orderStatusAndMail(DynamicPropertyRegistry registry) {
        String stub = "http://127.0.0.1:" + STUB.getAddress().getPort();
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> stub + "/token");
        registry.add("cmr.remote.clients.order-status.url", () -> stub + "/order-status");
        registry.add("cmr.remote.clients.order-status.retry.max-attempts", () -> "1");
        registry.add("cmr.profile.verified-email-retry-interval", () -> "200ms");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        STUB.stop(0);
        SMTP.stop();
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void anAddressVerifiedWithItsCodeIsToldToOrderStatus() {
        String token = tokens.customer("coded-customer").bearer();

        verifyEmail(token, "Coded.Customer@Shop.example");

        await().until(() -> TOLD.contains("coded-customer coded.customer@shop.example Bearer stub-service-token"));
    }

    @Test
    void theSignInAddressKeycloakVerifiedIsToldWhenTheProfileIsMade() {
        String token = tokens.customer("new-customer").claim("email", "New.Customer@example.com")
                .claim("email_verified", true).bearer();

        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isOk();
        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isOk();

        await().until(() -> noticesOf("new-customer") == 0);
        assertThat(TOLD).containsOnlyOnce("new-customer new.customer@example.com Bearer stub-service-token");
    }

    @Test
    void anUnverifiedSignInAddressIsNotTold() {
        String token = tokens.customer("unsure-customer").claim("email", "unsure@example.com")
                .claim("email_verified", false).bearer();

        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isOk();

        assertThat(noticesOf("unsure-customer")).isZero();
    }

    @Test
    void whileOrderStatusIsDownTheVerificationSucceedsAndIsToldOnceItIsBack() {
        String token = tokens.customer("patient-customer").bearer();
        ORDER_STATUS_UP.set(false);
        try {
            verifyEmail(token, "patient@example.com");
            await().until(() -> REFUSED.contains("patient-customer"));
            assertThat(noticesOf("patient-customer")).isEqualTo(1);
        }
        finally {
            ORDER_STATUS_UP.set(true);
        }

        await().until(() -> noticesOf("patient-customer") == 0);
        assertThat(TOLD).containsOnlyOnce("patient-customer patient@example.com Bearer stub-service-token");
    }

    private void verifyEmail(String token, String address) {
        String id = api.post().uri(POINTS).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .body("{\"type\":\"EMAIL\",\"value\":\"" + address + "\"}").exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        api.post().uri(POINTS + "/" + id + "/verification").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body("{\"code\":\"" + codeMailedTo(address) + "\"}").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("VERIFIED");
    }

    private long noticesOf(String customerId) {
        return database.getCollection("verified-email-notices").countDocuments(Filters.eq("customerId", customerId));
    }

    private static String codeMailedTo(String address) {
        await().until(() -> SMTP.getReceivedMessagesForDomain(address).length > 0);
        MimeMessage[] messages = SMTP.getReceivedMessagesForDomain(address);
        Matcher matcher = CODE.matcher(GreenMailUtil.getBody(messages[messages.length - 1]));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    private static HttpServer stub() {
        Pattern path = Pattern.compile("/order-status/internal/v1/customers/([^/]+)/verified-emails");
        Pattern address = Pattern.compile("\"address\"\\s*:\\s*\"([^\"]+)\"");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/token", exchange -> answer(exchange, 200,
                    "{\"access_token\":\"stub-service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
            server.createContext("/order-status/internal/v1/customers/", exchange -> {
                Matcher customer = path.matcher(exchange.getRequestURI().getPath());
                if (!customer.matches() || !"POST".equals(exchange.getRequestMethod())) {
                    answer(exchange, 404, "{}");
                    return;
                }
                if (!ORDER_STATUS_UP.get()) {
                    REFUSED.add(customer.group(1));
                    answer(exchange, 503, "{}");
                    return;
                }
                Matcher given = address.matcher(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                TOLD.add(customer.group(1) + " " + (given.find() ? given.group(1) : "?") + " "
                        + exchange.getRequestHeaders().getFirst("Authorization"));
                answer(exchange, 200, "{\"attached\":0}");
            });
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
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
