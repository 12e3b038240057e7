package io.cmr.systemtests;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What the realm as code promises to partners and users, checked on the real Keycloak. */
@ExtendWith(WholeStack.class)
class RealmSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WholeStack.Urls stack;
    private final Keycloak keycloak;

    RealmSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
        this.keycloak = new Keycloak(stack.keycloak());
    }

    @Test
    void theRealmNamesItsPublicIssuerAndFrontChannelToEveryCallerButAnswersTheBackChannelWhereAsked() {
        Http http = new Http();
        for (String base : List.of(stack.keycloak(), stack.keycloakBackChannel())) {
            JsonNode configuration = JSON.readTree(http.get(base + "/realms/cmr/.well-known/openid-configuration").body());

            assertThat(configuration.get("issuer").asString()).as(base).isEqualTo(stack.issuer());
            assertThat(configuration.get("authorization_endpoint").asString()).as(base).startsWith(stack.issuer() + "/");
            assertThat(configuration.get("token_endpoint").asString()).as(base)
                    .isEqualTo(base + "/realms/cmr/protocol/openid-connect/token");
        }
    }

    @Test
    void aCustomersTokenNamesThemAndCarriesTheirRoleForTheApi() {
        JsonNode claims = Keycloak.claims(keycloak.login("alice", "alice", stack.gateway() + "/login/oauth2/code/keycloak"));

        assertThat(claims.get("iss").asString()).isEqualTo(stack.issuer());
        assertThat(strings(claims.get("aud"))).contains("cmr-api");
        assertThat(strings(claims.get("realm_access").get("roles"))).contains("customer");
        assertThat(claims.get("preferred_username").asString()).isEqualTo("alice");
        assertThat(claims.get("given_name").asString()).isEqualTo("Alice");
        assertThat(claims.get("email").asString()).isEqualTo("alice@example.com");
        assertThat(claims.get("sub").asString()).isNotBlank();
    }

    @Test
    void partnerClientsGetTheirScopesAndTheCallCentreActsAsSupport() {
        JsonNode merchant = Keycloak.claims(keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret"));
        JsonNode carrier = Keycloak.claims(keycloak.clientCredentials("demo-carrier", "demo-carrier-local-secret"));
        JsonNode callCentre = Keycloak.claims(keycloak.clientCredentials("demo-callcentre", "demo-callcentre-local-secret"));

        assertThat(merchant.get("scope").asString().split(" ")).contains("orders:write", "orders:read");
        assertThat(carrier.get("scope").asString().split(" ")).contains("tracking:write").doesNotContain("orders:write");
        assertThat(strings(callCentre.get("realm_access").get("roles"))).contains("support");
        for (JsonNode claims : List.of(merchant, carrier, callCentre)) {
            assertThat(strings(claims.get("aud"))).contains("cmr-api");
        }
    }

    @Test
    void internalServiceAccountsCarryTheInternalScope() {
        JsonNode claims = Keycloak.claims(keycloak.clientCredentials("order-status-service",
                "order-status-service-local-secret"));

        assertThat(claims.get("scope").asString().split(" ")).contains("internal");
    }

    @Test
    void thePortalCannotBeUsedWithThePasswordGrant() {
        HttpResponse<String> response = new Http().postForm(keycloak.realmUrl() + "/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", Keycloak.PORTAL_CLIENT,
                        "client_secret", Keycloak.PORTAL_SECRET, "username", "alice", "password", "alice"));

        assertThat(response.statusCode()).isBetween(400, 401);
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(each -> values.add(each.asString()));
        }
        else {
            values.add(node.asString());
        }
        return values;
    }
}
