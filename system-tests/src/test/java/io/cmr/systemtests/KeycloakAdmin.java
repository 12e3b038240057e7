package io.cmr.systemtests;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.cmr.infra.keycloak.KeycloakServer;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Keycloak's admin API, for what no demo client or user can give: a genuine token that has expired,
 * a customer of one's own. What it creates lives only in the test stack's throwaway Keycloak.
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

    /**
     * A new customer (realm role {@code customer}, e-mail verified) like the demo users, that no
     * other test knows, for a test that changes or erases what is held about them.
     */
    Customer createCustomer(String username) {
        Customer customer = new Customer(username, username + "-password", username + "@example.com");
        String user = JSON.writeValueAsString(Map.of(
                "username", username,
                "enabled", true,
                "firstName", "Fresh",
                "lastName", "Customer",
                "email", customer.email(),
                "emailVerified", true,
                "credentials", List.of(Map.of("type", "password", "value", customer.password(), "temporary", false))));
        String admin = "Bearer " + adminToken();
        HttpResponse<String> created = http.postJson(baseUrl + "/admin/realms/cmr/users", user, "Authorization", admin);
        assertThat(created.statusCode()).as("user created: " + created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String userUrl = baseUrl + "/admin/realms/cmr/users/" + location.substring(location.lastIndexOf('/') + 1);

        HttpResponse<String> role = http.get(baseUrl + "/admin/realms/cmr/roles/customer", "Authorization", admin);
        assertThat(role.statusCode()).as("the customer role: " + role.body()).isEqualTo(200);
        HttpResponse<String> granted = http.postJson(userUrl + "/role-mappings/realm", "[" + role.body() + "]",
                "Authorization", admin);
        assertThat(granted.statusCode()).as("customer role granted: " + granted.body()).isEqualTo(204);
        return customer;
    }

    record Customer(String username, String password, String email) {
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
