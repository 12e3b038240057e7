package io.cmr.systemtests;

import java.net.http.HttpResponse;

import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Real Keycloak tokens through the real gateway to the real services. */
@ExtendWith(WholeStack.class)
class StackSecuritySystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WholeStack.Urls stack;
    private final Keycloak keycloak;
    private final Http http = new Http();

    StackSecuritySystemTest(WholeStack.Urls stack) {
        this.stack = stack;
        this.keycloak = new Keycloak(stack.keycloak());
    }

    @Test
    void aliceLogsInAndGetsHerOwnProfileThroughTheGateway() {
        String token = keycloak.login("alice", "alice", stack.gateway() + "/login/oauth2/code/keycloak");

        HttpResponse<String> response = http.get(stack.gateway() + "/api/v1/profile/me",
                "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode profile = JSON.readTree(response.body());
        assertThat(profile.get("customerId").asString()).isEqualTo(Keycloak.claims(token).get("sub").asString());
        assertThat(profile.get("givenName").asString()).isEqualTo("Alice");
        assertThat(profile.get("email").asString()).isEqualTo("alice@example.com");
    }

    @Test
    void bobGetsHisProfileNotAlices() {
        String token = keycloak.login("bob", "bob", stack.gateway() + "/login/oauth2/code/keycloak");

        HttpResponse<String> response = http.get(stack.gateway() + "/api/v1/profile/me",
                "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("givenName").asString()).isEqualTo("Bob");
    }

    @Test
    void aPartnerApplicationsTokenCannotReadACustomerProfile() {
        String token = keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");

        HttpResponse<String> response = http.get(stack.gateway() + "/api/v1/profile/me",
                "Authorization", "Bearer " + token);

        assertProblem(response, 403);
    }

    @Test
    void withoutATokenTheApiAnswers401() {
        assertProblem(http.get(stack.gateway() + "/api/v1/profile/me"), 401);
    }

    @Test
    void anExpiredKeycloakTokenIsRefused() {
        String token = new KeycloakAdmin(stack.keycloak()).expiredAccessToken(WholeStack.CLOCK_SKEW);

        assertProblem(http.get(stack.gateway() + "/api/v1/profile/me", "Authorization", "Bearer " + token), 401);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefusedEvenWithKeycloaksKeyIdAndClaims() {
        String genuine = keycloak.login("alice", "alice", stack.gateway() + "/login/oauth2/code/keycloak");
        JsonNode claims = Keycloak.claims(genuine);
        try (TestTokens forger = TestTokens.start()) {
            String forged = forger.customer(claims.get("sub").asString())
                    .issuer(keycloak.issuer())
                    .keyId(Keycloak.keyId(genuine))
                    .signedByUnknownKey()
                    .encoded();

            assertProblem(http.get(stack.gateway() + "/api/v1/profile/me", "Authorization", "Bearer " + forged), 401);
        }
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedEvenWhenKeycloakSignedIt() {
        Keycloak sameServerOtherName = new Keycloak(stack.keycloak().replace("localhost", "127.0.0.1"));
        String token = sameServerOtherName.login("alice", "alice", stack.gateway() + "/login/oauth2/code/keycloak");
        assertThat(Keycloak.claims(token).get("iss").asString()).startsWith("http://127.0.0.1:");

        assertProblem(http.get(stack.gateway() + "/api/v1/profile/me", "Authorization", "Bearer " + token), 401);
    }

    @Test
    void theServicesThemselvesRefuseABadTokenThatBypassesTheGateway() {
        String partner = keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");

        assertProblem(http.get(stack.app("profile-service") + "/api/v1/profile/me"), 401);
        assertProblem(http.get(stack.app("profile-service") + "/api/v1/profile/me",
                "Authorization", "Bearer " + partner), 403);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(status);
    }
}
