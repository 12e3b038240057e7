package io.cmr.systemtests;

import java.net.http.HttpResponse;
import java.time.Duration;

import io.cmr.infra.App;
import io.cmr.infra.RunningStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway keeps one partner's flood from reaching the services or the customers, and a
 * service that goes down from holding its callers.
 */
@ExtendWith(WholeStack.class)
class GatewaySystemTest {

    /** The gateway's default time limit per request: a stopped service must be answered well before it. */
    private static final Duration GATEWAY_TIME_LIMIT = Duration.ofSeconds(10);

    private final WholeStack.Urls stack;
    private final RunningStack running;
    private final Keycloak keycloak;

    GatewaySystemTest(WholeStack.Urls stack, RunningStack running) {
        this.stack = stack;
        this.running = running;
        this.keycloak = new Keycloak(stack.keycloak());
    }

    @Test
    void aStoppedServiceIsA503ProblemAtOnceAndTheGatewayRecoversByItselfWhenTheServiceIsBack() {
        String alice = "Bearer " + keycloak.login("alice", "alice", stack.gateway() + "/login/oauth2/code/keycloak");
        Http http = new Http();
        String profile = stack.gateway() + "/api/v1/profile/me";
        assertThat(http.get(profile, "Authorization", alice).statusCode()).isEqualTo(200);

        running.stop(App.PROFILE);
        try {
            long start = System.nanoTime();
            HttpResponse<String> down = http.get(profile, "Authorization", alice);
            Duration answeredIn = Duration.ofNanos(System.nanoTime() - start);

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(down.body()).contains("\"status\":503");
            assertThat(answeredIn).as("answered without waiting for the time limit").isLessThan(GATEWAY_TIME_LIMIT);
            // Other services and their routes are untouched.
            assertThat(http.get(stack.gateway() + "/api/v1/topics", "Authorization", alice).statusCode()).isEqualTo(200);
        }
        finally {
            running.start(App.PROFILE);
        }

        // No restart of the gateway: its breaker lets a trial call through and closes again.
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.get(profile, "Authorization", alice).statusCode() == 200);
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
