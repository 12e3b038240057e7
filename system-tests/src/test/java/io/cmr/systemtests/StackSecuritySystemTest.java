package io.cmr.systemtests;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        // Her name is hers to change (ProfileSystemTest does): who she is shows in her id and sign-in e-mail.
        assertThat(profile.get("customerId").asString()).isEqualTo(Keycloak.claims(token).get("sub").asString());
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
    void withoutATokenTheApiAnswers401AndSaysATokenIsNeeded() {
        HttpResponse<String> response = http.get(stack.gateway() + "/api/v1/profile/me");

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(detail(response))
                .isEqualTo("This resource needs a valid access token in the 'Authorization: Bearer' header.");
    }

    @Test
    void anExpiredKeycloakTokenIsRefusedAsExpired() {
        String token = new KeycloakAdmin(stack.keycloak()).expiredAccessToken(WholeStack.CLOCK_SKEW);
        Instant expiry = Instant.ofEpochSecond(Keycloak.claims(token).get("exp").asLong());

        HttpResponse<String> response = http.get(stack.gateway() + "/api/v1/profile/me", "Authorization", "Bearer " + token);

        assertRefusedToken(response, "Jwt expired at " + expiry);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefusedEvenWithKeycloaksKeyIdAndClaims() {
        String genuine = keycloak.login("alice", "alice", stack.gateway() + "/login/oauth2/code/keycloak");
        JsonNode claims = Keycloak.claims(genuine);
        try (TestTokens forger = TestTokens.start()) {
            String forged = forger.customer(claims.get("sub").asString())
                    .issuer(stack.issuer())
                    .keyId(Keycloak.keyId(genuine))
                    .signedByUnknownKey()
                    .encoded();

            assertRefusedToken(http.get(stack.gateway() + "/api/v1/profile/me", "Authorization", "Bearer " + forged),
                    "Failed to validate the token");
        }
    }

    /** Keycloak no longer signs such a token: this one is signed elsewhere, as another Keycloak's would be. */
    @Test
    void aTokenNamingAnotherIssuerIsRefused() {
        try (TestTokens forger = TestTokens.start()) {
            String foreign = forger.customer("alice-sub").issuer(stack.keycloakBackChannel() + "/realms/cmr").encoded();

            assertRefusedToken(http.get(stack.gateway() + "/api/v1/profile/me", "Authorization", "Bearer " + foreign),
                    "Failed to validate the token");
        }
    }

    @Test
    void aCustomerGetsTheSameIssuerWhicheverLoopbackNameTheyUsedAndTheApiAcceptsIt() {
        String redirect = stack.gateway() + "/login/oauth2/code/keycloak";
        String viaLocalhost = new Keycloak(stack.keycloak()).login("alice", "alice", redirect);
        String viaLoopbackAddress = new Keycloak(stack.keycloakBackChannel()).login("alice", "alice", redirect);

        assertThat(stack.keycloak()).startsWith("http://localhost:");
        assertThat(stack.keycloakBackChannel()).startsWith("http://127.0.0.1:");
        for (String token : new String[] { viaLocalhost, viaLoopbackAddress }) {
            assertThat(Keycloak.claims(token).get("iss").asString()).isEqualTo(stack.issuer());
            HttpResponse<String> response = http.get(stack.gateway() + "/api/v1/profile/me",
                    "Authorization", "Bearer " + token);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("email").asString()).isEqualTo("alice@example.com");
        }
    }

    @Test
    void aPartnerTokenAskedThroughTheBackChannelCarriesThePublicIssuerAndIsAuthenticated() {
        String token = new Keycloak(stack.keycloakBackChannel()).clientCredentials("demo-merchant",
                "demo-merchant-local-secret");

        assertThat(Keycloak.claims(token).get("iss").asString()).isEqualTo(stack.issuer());
        // Authenticated, so refused only because the path is for customers.
        assertProblem(http.get(stack.gateway() + "/api/v1/profile/me", "Authorization", "Bearer " + token), 403);
    }

    @Test
    void theServicesThemselvesRefuseABadTokenThatBypassesTheGateway() {
        String partner = keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");

        assertProblem(http.get(stack.app("profile-service") + "/api/v1/profile/me"), 401);
        assertProblem(http.get(stack.app("profile-service") + "/api/v1/profile/me",
                "Authorization", "Bearer " + partner), 403);
    }

    /** A 401 whose RFC 6750 challenge and problem detail both say why the token was refused. */
    private static void assertRefusedToken(HttpResponse<String> response, String reason) {
        assertProblem(response, 401);
        Map<String, String> challenge = challenge(response.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertThat(challenge).containsEntry("error", "invalid_token");
        assertThat(challenge.get("error_description")).isEqualTo(reason);
        assertThat(detail(response)).isEqualTo(challenge.get("error_description"));
    }

    /** The parameters of a {@code Bearer} challenge. */
    private static Map<String, String> challenge(String header) {
        assertThat(header).startsWith("Bearer ");
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher parameter = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(header);
        while (parameter.find()) {
            parameters.put(parameter.group(1), parameter.group(2));
        }
        return parameters;
    }

    private static String detail(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("detail").asString();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(status);
    }
}
