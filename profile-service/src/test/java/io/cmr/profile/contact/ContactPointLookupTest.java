package io.cmr.profile.contact;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceTest
class ContactPointLookupTest {

    private static final String LOOKUP = "/internal/v1/contact-points/lookup";

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    ContactPointLookupTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aBatchGivesEachKnownCustomersVerifiedPointsAndLeavesUnknownCustomersOut() {
        String reachable = tokens.customer("batch-reachable").claim("email", "batch@example.com")
                .claim("email_verified", true).bearer();
        visit(reachable);
        add(reachable, "{\"type\":\"POSTAL\",\"label\":\"Home\",\"postal\":{\"lines\":[\"1 rue de la Paix\"],"
                + "\"postalCode\":\"75002\",\"city\":\"Paris\",\"country\":\"FR\"}}");
        // A phone whose code was never entered is not a way to reach anyone yet.
        add(reachable, "{\"type\":\"PHONE\",\"label\":\"Mobile\",\"value\":\"+33611223399\"}");
        visit(tokens.customer("batch-unverified").claim("email", "nobody@example.com")
                .claim("email_verified", false).bearer());

        lookup("{\"customerIds\":[\"batch-reachable\",\"batch-unverified\",\"batch-unknown\"]}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.customers.length()").isEqualTo(2)
                .jsonPath("$.customers['batch-reachable'].length()").isEqualTo(2)
                .jsonPath("$.customers['batch-reachable'][0].type").isEqualTo("EMAIL")
                .jsonPath("$.customers['batch-reachable'][0].id").isNotEmpty()
                .jsonPath("$.customers['batch-reachable'][0].primary").isEqualTo(true)
                .jsonPath("$.customers['batch-reachable'][0].value").isEqualTo("batch@example.com")
                .jsonPath("$.customers['batch-reachable'][0].postal").doesNotExist()
                .jsonPath("$.customers['batch-reachable'][1].type").isEqualTo("POSTAL")
                .jsonPath("$.customers['batch-reachable'][1].label").isEqualTo("Home")
                .jsonPath("$.customers['batch-reachable'][1].postal.city").isEqualTo("Paris")
                .jsonPath("$.customers['batch-unverified'].length()").isEqualTo(0)
                .jsonPath("$.customers['batch-unknown']").doesNotExist();
    }

    @Test
    void aThousandCustomersAreOneRequestAndOneMoreIsRefused() {
        lookup("{\"customerIds\":" + ids(1000) + "}").expectStatus().isOk()
                .expectBody().jsonPath("$.customers.length()").isEqualTo(0);
        lookup("{\"customerIds\":" + ids(1001) + "}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerIds");
    }

    @Test
    void anEmptyOrMissingBatchOrAnUnknownFieldIsRefused() {
        lookup("{\"customerIds\":[]}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerIds");
        lookup("{}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerIds");
        lookup("{\"customerIds\":[\"a\"],\"everything\":true}").expectStatus().isBadRequest();
    }

    @Test
    void customersAndPartnersCannotLookUpContactPoints() {
        String body = "{\"customerIds\":[\"curious-customer\"]}";
        api.post().uri(LOOKUP).header(HttpHeaders.AUTHORIZATION, tokens.customer("curious-customer").bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isForbidden();
        api.post().uri(LOOKUP).header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:read").bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isForbidden();
        api.post().uri(LOOKUP).contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isUnauthorized();
    }

    private RestTestClient.ResponseSpec lookup(String body) {
        return api.post().uri(LOOKUP).header(HttpHeaders.AUTHORIZATION, tokens.partner("preference-service", "internal").bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private void visit(String token) {
        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isOk();
    }

    private void add(String token, String body) {
        api.post().uri("/api/v1/profile/me/contact-points").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isCreated();
    }

    private static String ids(int count) {
        return IntStream.range(0, count).mapToObj(i -> "\"nobody-" + i + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
