package io.cmr.systemtests;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway keeps one partner's flood from reaching the services or the customers. */
@ExtendWith(WholeStack.class)
class GatewaySystemTest {

    private final WholeStack.Urls stack;
    private final Keycloak keycloak;

    GatewaySystemTest(WholeStack.Urls stack) {
        this.stack = stack;
        this.keycloak = new Keycloak(stack.keycloak());
    }

    @Test
    void aPartnerBurstingPastItsLimitGets429WhileAlicesPortalKeepsWorking() {
        String partner = "Bearer " + keycloak.clientCredentials(WholeStack.BURSTING_PARTNER, "demo-callcentre-local-secret");
        Http http = new Http();
        for (int call = 0; call < WholeStack.BURSTING_PARTNER_LIMIT; call++) {
            http.get(stack.gateway() + "/api/v1/profile/me", "Authorization", partner);
        }

        HttpResponse<String> refused = http.get(stack.gateway() + "/api/v1/profile/me", "Authorization", partner);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();

        Http browser = new Http();
        HttpResponse<String> loginPage = browser.follow(browser.get(stack.gateway() + "/profile"));
        HttpResponse<String> profilePage = browser.follow(Keycloak.submitLoginForm(browser, loginPage, "alice", "alice"));
        assertThat(profilePage.statusCode()).isEqualTo(200);
        assertThat(profilePage.body()).contains("alice@example.com");
    }
}
