package io.cmr.platform.test.app;

import java.net.http.HttpResponse;

import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

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
    void noTokenIsA401ProblemThatSaysATokenIsNeeded() {
        HttpResponse<String> response = http.send(http.request("/api/v1/whoami").GET());

        assertUnauthorized(response, "needs a valid access token");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer").doesNotContain("error="));
    }

    @Test
    void anExpiredTokenIsRefusedBecauseItExpired() {
        assertRefusedToken(http.get("/api/v1/whoami", tokens.customer("alice-sub").expired().bearer()), "expired");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefusedForItsSignature() {
        assertRefusedToken(http.get("/api/v1/whoami", tokens.customer("alice-sub").signedByUnknownKey().bearer()),
                "Invalid signature");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedForItsIssuer() {
        assertRefusedToken(http.get("/api/v1/whoami",
                tokens.customer("alice-sub").issuer("http://127.0.0.1:1/realms/other").bearer()), "iss claim is not valid");
    }

    @Test
    void aTokenMeantForAnotherAudienceIsRefusedForItsAudience() {
        assertRefusedToken(http.get("/api/v1/whoami", tokens.customer("alice-sub").audience("account").bearer()),
                "aud claim is not valid");
    }

    @Test
    void garbageInTheAuthorizationHeaderIsRefusedAsMalformed() {
        assertRefusedToken(http.get("/api/v1/whoami", "Bearer not.a.jwt"), "Malformed token");
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
    void probesAnswerOnThePublicPortWithoutAToken() {
        assertThat(http.send(http.request("/livez").GET()).statusCode()).isEqualTo(200);
        assertThat(http.send(http.request("/readyz").GET()).statusCode()).isEqualTo(200);
    }

    /** RFC 6750: the challenge says the token is invalid and why; the problem says the same. */
    private static void assertRefusedToken(HttpResponse<String> response, String reason) {
        assertUnauthorized(response, reason);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("Bearer error=\"invalid_token\"").contains("error_description=", reason));
    }

    private static void assertUnauthorized(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":401", "\"title\":\"Unauthorized\"");
        assertThat(JsonMapper.shared().readTree(response.body()).get("detail").asString()).contains(reason);
    }
}
