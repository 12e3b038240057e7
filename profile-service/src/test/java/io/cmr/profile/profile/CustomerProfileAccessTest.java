package io.cmr.profile.profile;

import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceTest
class CustomerProfileAccessTest {

    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    CustomerProfileAccessTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        api.get().uri("/api/v1/profile/me")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("helped-customer").claim("given_name", "Helen").bearer())
                .exchange().expectStatus().isOk();
    }

    @Test
    void supportAndAdminsReadAndChangeACustomersProfileOnTheVersionTheyRead() {
        String sam = tokens.customer("sam").roles("support").bearer();
        String etag = api.get().uri("/api/v1/customers/helped-customer/profile").header(HttpHeaders.AUTHORIZATION, sam)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.givenName").isEqualTo("Helen")
                .returnResult().getResponseHeaders().getETag();

        patch(sam, etag, "{\"givenName\":\"Helena\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.givenName").isEqualTo("Helena");
        patch(tokens.customer("ada").roles("admin").bearer(), etag, "{\"givenName\":\"Late\"}")
                .expectStatus().isEqualTo(412);
        patch(sam, null, "{\"givenName\":\"X\"}").expectStatus().isEqualTo(428);
        patch(sam, "\"99\"", "{\"unknown\":\"X\"}").expectStatus().isBadRequest();
    }

    @Test
    void aSupportReadOfTheProfileIsInTheCustomersDataNamingTheAgentAndErasureKeepsItWithoutTheCustomer() {
        api.get().uri("/api/v1/customers/helped-customer/profile")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("sam").roles("support").bearer()).exchange()
                .expectStatus().isOk();

        String internal = tokens.partner("order-status-service", "internal").bearer();
        api.get().uri("/internal/v1/customers/helped-customer/export").header(HttpHeaders.AUTHORIZATION, internal)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.supportReads[?(@.reader.id == 'sam')].reader.type").isEqualTo("support")
                .jsonPath("$.supportReads[?(@.reader.id == 'sam')].what").isEqualTo("PROFILE");
        api.delete().uri("/internal/v1/customers/helped-customer").header(HttpHeaders.AUTHORIZATION, internal).exchange()
                .expectStatus().isNoContent();
        api.get().uri("/internal/v1/customers/helped-customer/export").header(HttpHeaders.AUTHORIZATION, internal)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.supportReads").isEmpty();
    }

    @Test
    void otherCustomersAndPartnersGet404AsIfTheCustomerDidNotExist() {
        String bob = tokens.customer("bob").bearer();

        api.get().uri("/api/v1/customers/helped-customer/profile").header(HttpHeaders.AUTHORIZATION, bob).exchange()
                .expectStatus().isNotFound();
        patch(bob, "\"1\"", "{\"givenName\":\"Bob was here\"}").expectStatus().isNotFound();
        api.get().uri("/api/v1/customers/helped-customer/profile")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:read").bearer()).exchange()
                .expectStatus().isNotFound();
        api.get().uri("/api/v1/customers/no-such-customer/profile")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("sam").roles("support").bearer()).exchange()
                .expectStatus().isNotFound();
    }

    private RestTestClient.ResponseSpec patch(String token, String ifMatch, String body) {
        RestTestClient.RequestBodySpec request = api.patch().uri("/api/v1/customers/helped-customer/profile")
                .header(HttpHeaders.AUTHORIZATION, token).contentType(MERGE_PATCH);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.body(body).exchange();
    }
}
