package io.cmr.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.stream.Stream;

import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every line the gateway logs while it handles a request names the request's id, whichever thread
 * writes it: here Spring Cloud Gateway's route match (the request's own thread) and the rate-limit
 * store's warning (Redis client's thread), besides the access log.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping=debug" })
@ExtendWith(OutputCaptureExtension.class)
class CorrelationIdLogTest {

    static final TestTokens tokens = TestTokens.start();
    static final StubApp profile = StubApp.start("profile-service");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void pointAtStubs(DynamicPropertyRegistry registry) throws IOException {
        registry.add("cmr.security.issuer-uri", tokens::issuerUri);
        registry.add("cmr.security.jwk-set-uri", tokens::jwkSetUri);
        Stream.of("profile-uri", "preference-uri", "order-status-uri", "portal-uri")
                .forEach(name -> registry.add("cmr.gateway." + name, profile::uri));
        // A Redis nobody runs: the store warns, on the Redis client's own thread, while the request goes on.
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        registry.add("cmr.gateway.rate-limits.redis.uri", () -> "redis://127.0.0.1:" + closed);
    }

    @AfterAll
    static void stop() {
        profile.close();
        tokens.close();
    }

    @Test
    void everyLineLoggedForARequestCarriesItsRequestId(CapturedOutput output) {
        var response = new Http(port).get("/api/v1/profile/me", "Authorization", tokens.customer("alice-sub").bearer(),
                "X-Request-Id", "follow-me-42");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(linesWith(output, "Rate-limit store")).isNotEmpty().allMatch(line -> line.contains("[follow-me-42]"));
        assertThat(linesWith(output, "Route matched")).isNotEmpty().allMatch(line -> line.contains("[follow-me-42]"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(linesWith(output, "io.cmr.gateway.access"))
                .isNotEmpty().allMatch(line -> line.contains("[follow-me-42]")));
    }

    private static Stream<String> linesWith(CapturedOutput output, String text) {
        return output.getOut().lines().filter(line -> line.contains(text));
    }
}
