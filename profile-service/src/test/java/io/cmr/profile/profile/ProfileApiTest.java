package io.cmr.profile.profile;

import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class ProfileApiTest {

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    ProfileApiTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aCustomersFirstVisitCreatesTheirProfileFromWhatKeycloakKnows() {
        String token = tokens.customer("first-visit-customer")
                .claim("given_name", "Alice").claim("family_name", "Liddell")
                .claim("email", "alice@example.com").claim("locale", "fr-CA").bearer();

        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody()
                .jsonPath("$.customerId").isEqualTo("first-visit-customer")
                .jsonPath("$.givenName").isEqualTo("Alice")
                .jsonPath("$.familyName").isEqualTo("Liddell")
                .jsonPath("$.email").isEqualTo("alice@example.com")
                .jsonPath("$.language").isEqualTo("fr")
                .jsonPath("$.createdAt").isNotEmpty();
    }

    @Test
    void laterTokensNeverOverwriteTheProfileTheCustomerAlreadyHas() {
        api.get().uri("/api/v1/profile/me")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("returning-customer").claim("given_name", "Bob").bearer())
                .exchange().expectStatus().isOk();

        api.get().uri("/api/v1/profile/me")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("returning-customer").claim("given_name", "Robert").bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.givenName").isEqualTo("Bob");
    }

    @Test
    void anAppThatAlreadyHasTheProfileIsToldItIsUnchangedWithoutTheBody() {
        String token = tokens.customer("polling-customer").bearer();
        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isOk();

        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token)
                .header(HttpHeaders.IF_NONE_MATCH, "\"1\"")
                .exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().isEmpty();
    }

    @Test
    void eachCustomerSeesOnlyTheirOwnProfile() {
        api.get().uri("/api/v1/profile/me")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("customer-one").claim("email", "one@example.com").bearer())
                .exchange().expectStatus().isOk();

        api.get().uri("/api/v1/profile/me")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("customer-two").claim("email", "two@example.com").bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.customerId").isEqualTo("customer-two")
                .jsonPath("$.email").isEqualTo("two@example.com");
    }

    @Test
    void aPartnerApplicationCannotReadAProfileAsIfItWereACustomer() {
        api.get().uri("/api/v1/profile/me")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:write").bearer())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);
    }

    @Test
    void withoutATokenTheProfileIsNotShown() {
        api.get().uri("/api/v1/profile/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer"))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void everyEndpointIsDescribedForPartnerDevelopers() {
        api.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/v1/profile/me'].get").exists()
                .jsonPath("$.paths['/api/v1/profile/me'].patch.responses['428']").exists()
                .jsonPath("$.paths['/api/v1/profile/me'].delete.responses['202']").exists()
                .jsonPath("$.paths['/api/v1/profile/me/contact-points'].post.responses['409']").exists()
                .jsonPath("$.paths['/api/v1/profile/me/contact-points/{id}/verification-code'].post.responses['429']").exists()
                .jsonPath("$.paths['/api/v1/profile/me/audit'].get").exists()
                .jsonPath("$.paths['/api/v1/profile/me/export'].get").exists()
                .jsonPath("$.paths['/api/v1/profile/me/erasure/{id}'].get").exists()
                .jsonPath("$.paths['/api/v1/customers/{customerId}/profile'].patch.responses['412']").exists()
                .jsonPath("$.paths['/internal/v1/customers/{customerId}/contact-points'].get").exists()
                .jsonPath("$.paths['/internal/v1/contact-points/by-email'].get").exists()
                .jsonPath("$.paths['/internal/v1/customers/{customerId}/export'].get").exists()
                .jsonPath("$.components.schemas.NewContactPoint").exists();
    }
}
