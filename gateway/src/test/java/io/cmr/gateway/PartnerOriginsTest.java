package io.cmr.gateway;

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

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "cmr.gateway.cors.allowed-origins=https://shop.example.com")
class PartnerOriginsTest {

    static final TestTokens tokens = TestTokens.start();
    static final StubApp app = StubApp.start("any-service");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void pointAtStub(DynamicPropertyRegistry registry) {
        registry.add("cmr.security.issuer-uri", tokens::issuerUri);
        registry.add("cmr.security.jwk-set-uri", tokens::jwkSetUri);
        registry.add("cmr.gateway.profile-uri", app::uri);
        registry.add("cmr.gateway.preference-uri", app::uri);
        registry.add("cmr.gateway.order-status-uri", app::uri);
        registry.add("cmr.gateway.portal-uri", app::uri);
    }

    @AfterAll
    static void stop() {
        app.close();
        tokens.close();
    }

    @Test
    void aPartnersWebAppOnAnAllowedOriginMayCallTheApiFromTheBrowser() {
        String preflight = options("https://shop.example.com");

        assertThat(preflight).startsWith("HTTP/1.1 200")
                .containsIgnoringCase("Access-Control-Allow-Origin: https://shop.example.com")
                .containsIgnoringCase("Access-Control-Allow-Headers: authorization");
        assertThat(app.received()).isEmpty();
    }

    @Test
    void aPageOfAnyOtherOriginIsNotAllowed() {
        assertThat(options("https://evil.example")).startsWith("HTTP/1.1 403")
                .doesNotContainIgnoringCase("Access-Control-Allow-Origin");
    }

    private String options(String origin) {
        return RawHttp.request("127.0.0.1", port, "OPTIONS", "/api/v1/orders", "Origin: " + origin,
                "Access-Control-Request-Method: GET", "Access-Control-Request-Headers: authorization");
    }
}
