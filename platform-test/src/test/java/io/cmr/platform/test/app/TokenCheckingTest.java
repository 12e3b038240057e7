package io.cmr.platform.test.app;

import java.net.http.HttpResponse;

import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class TokenCheckingTest {

    private final TestTokens tokens;
    private Http http;

    @LocalServerPort
    private int port;

    TokenCheckingTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void theCallerIsTheTokenSubjectWithKeycloakRolesAndScopesAsAuthorities() {
        HttpResponse<String> response = http.get("/api/v1/whoami",
                tokens.customer("alice-sub").roles("support").scopes("orders:read").bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"alice-sub\"", "ROLE_customer", "ROLE_support",
                "SCOPE_orders:read");
    }

    @Test
    void noTokenIsA401Problem() {
        assertUnauthorized(http.send(http.request("/api/v1/whoami").GET()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        HttpResponse<String> response = http.get("/api/v1/whoami", tokens.customer("alice-sub").expired().bearer());

        assertUnauthorized(response);
        assertThat(response.body()).contains("expired");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        assertUnauthorized(http.get("/api/v1/whoami", tokens.customer("alice-sub").signedByUnknownKey().bearer()));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertUnauthorized(http.get("/api/v1/whoami",
                tokens.customer("alice-sub").issuer("http://127.0.0.1:1/realms/other").bearer()));
    }

    @Test
    void aTokenMeantForAnotherAudienceIsRefused() {
        assertUnauthorized(http.get("/api/v1/whoami", tokens.customer("alice-sub").audience("account").bearer()));
    }

    @Test
    void garbageInTheAuthorizationHeaderIsRefused() {
        assertUnauthorized(http.get("/api/v1/whoami", "Bearer not.a.jwt"));
    }

    @Test
    void internalPathsNeedTheInternalScope() {
        HttpResponse<String> partner = http.get("/internal/ping", tokens.partner("demo-merchant", "orders:read").bearer());
        assertThat(partner.statusCode()).isEqualTo(403);
        assertThat(partner.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> service = http.get("/internal/ping", tokens.partner("order-status-service", "internal").bearer());
        assertThat(service.statusCode()).isEqualTo(200);
        assertThat(service.body()).isEqualTo("pong");
    }

    @Test
    void healthIsOpenToProbesWithoutAToken() {
        HttpResponse<String> liveness = http.send(http.request("/actuator/health/liveness").GET());
        HttpResponse<String> readiness = http.send(http.request("/actuator/health/readiness").GET());

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(readiness.statusCode()).isEqualTo(200);
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":401", "\"title\":\"Unauthorized\"");
    }
}
