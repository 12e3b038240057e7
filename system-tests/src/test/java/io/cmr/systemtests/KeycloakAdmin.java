package io.cmr.systemtests;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.cmr.infra.keycloak.KeycloakServer;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Keycloak's admin API, for what no demo client can give: a genuine token that has expired.
 * The test client it creates lives only in the test stack's throwaway Keycloak.
 */
final class KeycloakAdmin {

    static final String SHORT_LIVED_CLIENT = "system-test-short-lived";
    static final String SHORT_LIVED_SECRET = "system-test-local-secret";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final Http http = new Http();

    KeycloakAdmin(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A token Keycloak really signed, waited on until it is past its expiry and the skew allowed for it. */
    String expiredAccessToken(Duration clockSkew) {
        createShortLivedClient();
        String token = new Keycloak(baseUrl).clientCredentials(SHORT_LIVED_CLIENT, SHORT_LIVED_SECRET);
        Instant expiry = Instant.ofEpochSecond(Keycloak.claims(token).get("exp").asLong());
        await().atMost(clockSkew.plusSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> Instant.now().isAfter(expiry.plus(clockSkew).plusSeconds(1)));
        return token;
    }

    private void createShortLivedClient() {
        String client = JSON.writeValueAsString(Map.of(
                "clientId", SHORT_LIVED_CLIENT,
                "secret", SHORT_LIVED_SECRET,
                "publicClient", false,
                "serviceAccountsEnabled", true,
                "standardFlowEnabled", false,
                "directAccessGrantsEnabled", false,
                "attributes", Map.of("access.token.lifespan", "1")));
        HttpResponse<String> created = http.postJson(baseUrl + "/admin/realms/cmr/clients", client,
                "Authorization", "Bearer " + adminToken());
        assertThat(created.statusCode()).as("client created (or already there): " + created.body()).isIn(201, 409);
    }

    private String adminToken() {
        HttpResponse<String> response = http.postForm(baseUrl + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", KeycloakServer.adminPassword()));
        assertThat(response.statusCode()).as("admin login: " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }
}
