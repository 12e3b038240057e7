package io.cmr.platform.test;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

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

    @LocalManagementPort
    private int managementPort;

    @BeforeEach
    void connect(TestTokens testTokens) {
        tokens = testTokens;
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void isReadyOnceItsDatabaseAnswers() {
        api.get().uri("/readyz").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void publishesMetricsOnTheManagementPortOnly() {
        RestTestClient management = RestTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
        management.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));

        api.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
        api.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
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
