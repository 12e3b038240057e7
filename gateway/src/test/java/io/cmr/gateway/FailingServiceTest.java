package io.cmr.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;

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

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
        "cmr.gateway.protection.breaker-window=4", "cmr.gateway.protection.breaker-minimum-calls=4",
        "cmr.gateway.protection.breaker-open-for=1h" })
@ExtendWith(OutputCaptureExtension.class)
class FailingServiceTest {

    static final TestTokens tokens = TestTokens.start();
    static final StubApp hanging = StubApp.start("preference-service").hanging();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void pointAtFailingApps(DynamicPropertyRegistry registry) throws IOException {
        registry.add("cmr.security.issuer-uri", tokens::issuerUri);
        registry.add("cmr.security.jwk-set-uri", tokens::jwkSetUri);
        String nobodyListens = "http://127.0.0.1:" + closedPort();
        registry.add("cmr.gateway.profile-uri", () -> nobodyListens);
        registry.add("cmr.gateway.preference-uri", hanging::uri);
        String nobodyListensEither = "http://127.0.0.1:" + closedPort();
        registry.add("cmr.gateway.order-status-uri", () -> nobodyListensEither);
        registry.add("cmr.gateway.portal-uri", () -> nobodyListens);
    }

    @AfterAll
    static void stop() {
        hanging.close();
        tokens.close();
    }

    @Test
    void aServiceThatIsDownIsA503ProblemNotAHang() {
        HttpResponse<String> response = new Http(port).get("/api/v1/profile/me", "Authorization",
                tokens.customer("alice-sub").bearer());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("cannot be reached");
    }

    @Test
    void aServiceThatKeepsFailingIsGivenTimeToRecoverWhileCallersGetA503AtOnce() {
        String bearer = tokens.customer("alice-sub").bearer();
        for (int call = 0; call < 4; call++) {
            assertThat(new Http(port).get("/api/v1/orders", "Authorization", bearer).body()).contains("cannot be reached");
        }

        HttpResponse<String> response = new Http(port).get("/api/v1/orders", "Authorization", bearer);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("given a moment to recover");
    }

    @Test
    void aServiceThatHangsIsA504ProblemOnceTheResponseTimeoutPasses() {
        HttpResponse<String> response = new Http(port).get("/api/v1/preferences", "Authorization",
                tokens.customer("alice-sub").bearer());

        assertThat(response.statusCode()).isEqualTo(504);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("did not answer in time");
    }

    @Test
    void theOperatorFindsTheFailureInTheLogsByTheRequestIdTheCallerWasGiven(CapturedOutput log) {
        HttpResponse<String> response = new Http(port).get("/api/v1/profile/me", "Authorization",
                tokens.customer("alice-sub").bearer(), "X-Request-Id", "support-ticket-4711");

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("support-ticket-4711");
        assertThat(log.getOut()).containsPattern("\\[support-ticket-4711\\].*No service reachable behind /api/v1/profile/me");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
