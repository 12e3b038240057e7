package io.cmr.gateway;

import java.util.List;
import java.util.stream.Stream;

import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Two gateway replicas over one real Redis count a partner's calls against one limit. */
class SharedRateLimitTest {

    static final TestTokens tokens = TestTokens.start();
    static final StubApp profile = StubApp.start("profile-service");
    static final StubApp portal = StubApp.start("portal-ui");
    static RedisServer redis;
    static List<ConfigurableApplicationContext> replicas;

    @BeforeAll
    static void startTwoReplicas() {
        redis = RedisServer.start();
        replicas = List.of(replica(), replica());
    }

    @AfterAll
    static void stop() {
        replicas.forEach(ConfigurableApplicationContext::close);
        redis.close();
        Stream.of(profile, portal).forEach(StubApp::close);
        tokens.close();
    }

    @Test
    void aPartnersCallsThroughEitherReplicaCountAgainstOneLimit() {
        String partner = tokens.partner("shared-partner", "orders:read").bearer();
        Http first = new Http(port(replicas.get(0)));
        Http second = new Http(port(replicas.get(1)));

        assertThat(first.get("/api/v1/profile/me", "Authorization", partner).statusCode()).isEqualTo(200);
        assertThat(second.get("/api/v1/profile/me", "Authorization", partner).statusCode()).isEqualTo(200);
        assertThat(first.get("/api/v1/profile/me", "Authorization", partner).headers().firstValue("RateLimit-Remaining"))
                .hasValue("0");

        var refused = second.get("/api/v1/profile/me", "Authorization", partner);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(profile.received()).hasSize(3);
    }

    private static ConfigurableApplicationContext replica() {
        return new SpringApplicationBuilder(GatewayApplication.class).run(
                "--server.port=0",
                "--management.server.port=0",
                "--cmr.security.issuer-uri=" + tokens.issuerUri(),
                "--cmr.security.jwk-set-uri=" + tokens.jwkSetUri(),
                "--cmr.gateway.profile-uri=" + profile.uri(),
                "--cmr.gateway.preference-uri=" + profile.uri(),
                "--cmr.gateway.order-status-uri=" + profile.uri(),
                "--cmr.gateway.portal-uri=" + portal.uri(),
                "--cmr.gateway.rate-limits.redis.uri=" + redis.uri(),
                // Generous, so that a busy build machine's slow first call is not taken for an absent Redis.
                "--cmr.gateway.rate-limits.redis.timeout=5s",
                "--cmr.gateway.rate-limits.clients.shared-partner.requests=3",
                "--cmr.gateway.rate-limits.clients.shared-partner.per=1h");
    }

    private static int port(ConfigurableApplicationContext replica) {
        return ((WebServerApplicationContext) replica).getWebServer().getPort();
    }
}
