package io.cmr.systemtests;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal as a customer's browser meets it: through the gateway, signing in on Keycloak's page. */
@ExtendWith(WholeStack.class)
class PortalSystemTest {

    private final WholeStack.Urls stack;

    PortalSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
    }

    @Test
    void theHomePageIsServedThroughTheGatewayWithoutSigningIn() {
        HttpResponse<String> home = new Http().get(stack.gateway() + "/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(home.body()).contains("<html", "lang=\"en\"");
    }

    @Test
    void aliceSignsInOnKeycloakAndThePortalShowsHerProfileFromTheApi() {
        Http browser = new Http();

        HttpResponse<String> loginPage = browser.follow(browser.get(stack.gateway() + "/profile"));
        assertThat(loginPage.uri().toString()).as("sent to Keycloak to sign in").startsWith(stack.keycloak())
                .contains("code_challenge_method=S256");
        HttpResponse<String> backAtThePortal = Keycloak.submitLoginForm(browser, loginPage, "alice", "alice");
        assertThat(backAtThePortal.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith(stack.gateway() + "/login/oauth2/code/"));
        HttpResponse<String> profilePage = browser.follow(backAtThePortal);

        assertThat(profilePage.statusCode()).isEqualTo(200);
        assertThat(profilePage.uri().getPath()).isEqualTo("/profile");
        assertThat(profilePage.body()).contains("alice@example.com");
    }

    @Test
    void bobSeesThePortalInFrenchWhenHisBrowserAsksForIt() {
        HttpResponse<String> home = new Http().get(stack.gateway() + "/", "Accept-Language", "fr-FR,fr;q=0.9");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("lang=\"fr\"");
    }
}
