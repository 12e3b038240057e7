package io.cmr.gateway;

import java.net.http.HttpResponse;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.cmr.platform.test.RawHttp;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "cmr.gateway.rate-limits.clients.bursty-partner.requests=3",
        "cmr.gateway.rate-limits.clients.bursty-partner.per=1h",
        "cmr.gateway.rate-limits.routes.preference-service.requests=2",
        "cmr.gateway.rate-limits.routes.preference-service.per=1h",
        "cmr.gateway.rate-limits.anonymous.requests=2",
        "cmr.gateway.rate-limits.anonymous.per=1h" })
class RateLimitTest {

    static final TestTokens tokens = TestTokens.start();
    static final StubApp profile = StubApp.start("profile-service");
    static final StubApp preference = StubApp.start("preference-service");
    static final StubApp portal = StubApp.start("portal-ui");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void pointAtStubs(DynamicPropertyRegistry registry) {
        registry.add("cmr.security.issuer-uri", tokens::issuerUri);
        registry.add("cmr.security.jwk-set-uri", tokens::jwkSetUri);
        registry.add("cmr.gateway.profile-uri", profile::uri);
        registry.add("cmr.gateway.preference-uri", preference::uri);
        registry.add("cmr.gateway.order-status-uri", profile::uri);
        registry.add("cmr.gateway.portal-uri", portal::uri);
    }

    @AfterAll
    static void stop() {
        Stream.of(profile, preference, portal).forEach(StubApp::close);
        tokens.close();
    }

    @Test
    void aPartnerBurstingPastItsLimitGets429WithWhenToComeBackWhileOthersGoOn() {
        String bursty = tokens.partner("bursty-partner", "orders:read").bearer();
        String calm = tokens.customer("alice-sub").claim("azp", "portal").bearer();
        Http http = new Http(port);

        IntStream.range(0, 3).forEach(i -> assertThat(http.get("/api/v1/orders/o-1", "Authorization", bursty).statusCode())
                .isEqualTo(200));
        int reachedBefore = profile.received().size();
        HttpResponse<String> refused = http.get("/api/v1/orders/o-1", "Authorization", bursty);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(refused.headers().firstValue("RateLimit-Limit")).hasValue("3");
        assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
        assertThat(profile.received()).hasSize(reachedBefore);
        assertThat(http.get("/api/v1/profile/me", "Authorization", calm).statusCode()).isEqualTo(200);
    }

    @Test
    void aRouteCanHaveATighterLimitThanTheDefault() {
        String partner = tokens.partner("route-limited-partner", "orders:read").bearer();
        Http http = new Http(port);

        assertThat(http.get("/api/v1/topics", "Authorization", partner).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/topics", "Authorization", partner).headers().firstValue("RateLimit-Remaining"))
                .hasValue("0");
        assertThat(http.get("/api/v1/topics", "Authorization", partner).statusCode()).isEqualTo(429);
        assertThat(http.get("/api/v1/profile/me", "Authorization", partner).statusCode()).isEqualTo(200);
    }

    @Test
    void callersWithoutATokenAreCountedByTheirAddress() {
        assertThat(RawHttp.getFrom("127.0.0.3", port, "/")).startsWith("HTTP/1.1 200");
        assertThat(RawHttp.getFrom("127.0.0.3", port, "/")).startsWith("HTTP/1.1 200");
        assertThat(RawHttp.getFrom("127.0.0.3", port, "/")).startsWith("HTTP/1.1 429").contains("Retry-After");
        assertThat(RawHttp.getFrom("127.0.0.4", port, "/")).startsWith("HTTP/1.1 200");
    }
}
