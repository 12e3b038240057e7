package io.cmr.profile.contact;

import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceTest
class CustomerLookupTest {

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    CustomerLookupTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void aCustomerSignedUpWithAVerifiedAddress() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        api.get().uri("/api/v1/profile/me")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("looked-up").claim("given_name", "Lou")
                        .claim("email", "lou@example.com").claim("email_verified", true).bearer())
                .exchange().expectStatus().isOk();
    }

    @Test
    void supportFindsTheCustomerByTheirVerifiedAddressWhateverItsCaseAndTheLookUpIsRecorded() {
        find(tokens.customer("sam").roles("support").bearer(), " Lou@Example.COM ").expectStatus().isOk()
                .expectBody().jsonPath("$.customerId").isEqualTo("looked-up").jsonPath("$.givenName").isEqualTo("Lou");
        find(tokens.customer("ada").roles("admin").bearer(), "lou@example.com").expectStatus().isOk();

        api.get().uri("/internal/v1/customers/looked-up/export")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("order-status-service", "internal").bearer()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.supportReads[?(@.reader.id == 'ada')].what").isEqualTo("PROFILE_BY_EMAIL")
                .jsonPath("$.supportReads[?(@.reader.id == 'ada')].reader.type").isEqualTo("admin");
    }

    @Test
    void anAddressNoCustomerVerifiedIsNotFound() {
        find(tokens.customer("sam").roles("support").bearer(), "nobody@example.com").expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void customersAndPartnersMayNotLookCustomersUp() {
        find(tokens.customer("bob").bearer(), "lou@example.com").expectStatus().isForbidden();
        find(tokens.partner("demo-merchant", "orders:read").bearer(), "lou@example.com").expectStatus().isForbidden();
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        api.get().uri("/api/v1/customers?email=lou@example.com").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void somethingThatIsNotAnAddressIsABadRequestNamingTheField() {
        String sam = tokens.customer("sam").roles("support").bearer();
        find(sam, "not-an-address").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
        find(sam, "{\"$gt\":\"\"}").expectStatus().isBadRequest();
        api.get().uri("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, sam).exchange().expectStatus().isBadRequest();
    }

    private RestTestClient.ResponseSpec find(String token, String email) {
        return api.get().uri(uri -> uri.path("/api/v1/customers").queryParam("email", "{email}").build(email))
                .header(HttpHeaders.AUTHORIZATION, token).exchange();
    }
}
