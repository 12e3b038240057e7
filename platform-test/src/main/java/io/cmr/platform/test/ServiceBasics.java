package io.cmr.platform.test;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What every CMR service promises before it has a single endpoint of its own. A service's test
 * extends this to check it, and inherits a client and tokens for its own tests.
 */
@ServiceTest
public abstract class ServiceBasics {

    protected RestTestClient api;
    protected TestTokens tokens;

    @LocalServerPort
    private int port;

    @BeforeEach
    void connect(TestTokens testTokens) {
        tokens = testTokens;
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void isReadyOnceItsDatabaseAnswers() {
        api.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void refusesCallersWithoutATokenWithAProblem() {
        api.get().uri("/api/v1/anything").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersAnUnknownPathWithA404Problem() {
        api.get().uri("/api/v1/anything").header(HttpHeaders.AUTHORIZATION, tokens.customer("alice-sub").bearer())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void publishesItsApiAsOpenApi() {
        api.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer");
    }
}
