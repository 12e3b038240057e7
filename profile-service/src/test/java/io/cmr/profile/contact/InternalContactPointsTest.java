package io.cmr.profile.contact;

import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceTest
class InternalContactPointsTest {

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    InternalContactPointsTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aNewCustomersVerifiedSignInEmailCanBeUsedBySendersAtOnce() {
        visit(tokens.customer("reachable-customer").claim("email", "Reachable@Example.com")
                .claim("email_verified", true).bearer());

        api.get().uri("/internal/v1/customers/reachable-customer/contact-points")
                .header(HttpHeaders.AUTHORIZATION, service()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].id").isNotEmpty()
                .jsonPath("$[0].type").isEqualTo("EMAIL")
                .jsonPath("$[0].primary").isEqualTo(true)
                .jsonPath("$[0].value").isEqualTo("Reachable@Example.com")
                .jsonPath("$[0].label").isNotEmpty()
                .jsonPath("$[0].postal").doesNotExist();
        api.get().uri("/internal/v1/contact-points/by-email?address=reachable@EXAMPLE.com")
                .header(HttpHeaders.AUTHORIZATION, service()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.customerId").isEqualTo("reachable-customer");
    }

    @Test
    void anEmailKeycloakHasNotVerifiedIsNeitherListedNorFound() {
        visit(tokens.customer("unverified-customer").claim("email", "unverified@example.com")
                .claim("email_verified", false).bearer());

        api.get().uri("/internal/v1/customers/unverified-customer/contact-points")
                .header(HttpHeaders.AUTHORIZATION, service()).exchange()
                .expectStatus().isOk().expectBody().json("[]");
        api.get().uri("/internal/v1/contact-points/by-email?address=unverified@example.com")
                .header(HttpHeaders.AUTHORIZATION, service()).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void anUnknownCustomerHasNoContactPoints() {
        api.get().uri("/internal/v1/customers/nobody-at-all/contact-points")
                .header(HttpHeaders.AUTHORIZATION, service()).exchange()
                .expectStatus().isOk().expectBody().json("[]");
    }

    @Test
    void customersAndPartnersCannotUseTheInternalEndpoints() {
        String customer = tokens.customer("curious-customer").bearer();
        api.get().uri("/internal/v1/customers/curious-customer/contact-points")
                .header(HttpHeaders.AUTHORIZATION, customer).exchange().expectStatus().isForbidden();
        api.get().uri("/internal/v1/contact-points/by-email?address=a@example.com")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:read").bearer()).exchange()
                .expectStatus().isForbidden();
    }

    private void visit(String token) {
        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isOk();
    }

    private String service() {
        return tokens.partner("order-status-service", "internal").bearer();
    }
}
