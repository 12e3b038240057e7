package io.cmr.preference.customer;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import io.cmr.preference.ProfileServiceStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@ExtendWith(ProfileServiceStub.class)
class CustomerDataTest {

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    @Autowired
    private MongoDatabase database;

    CustomerDataTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void anExportHoldsTheCustomersPreferencesAndConsentHistory() {
        choose("exported");

        internal().get().uri("/internal/v1/customers/exported/export").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.customerId").isEqualTo("exported")
                .jsonPath("$.preferences.timezone").isEqualTo("Europe/Paris")
                .jsonPath("$.consents.length()").isEqualTo(1)
                .jsonPath("$.consents[0].channel").isEqualTo("SMS");
    }

    @Test
    void aCustomerWeKnowNothingAboutExportsEmpty() {
        internal().get().uri("/internal/v1/customers/stranger/export").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.preferences").doesNotExist()
                .jsonPath("$.consents.length()").isEqualTo(0);
    }

    @Test
    void afterErasureOnlyAnAnonymisedWithdrawalRemainsAndRepeatingChangesNothing() {
        choose("erased");
        long anonymisedBefore = anonymised();

        internal().delete().uri("/internal/v1/customers/erased").exchange().expectStatus().isNoContent();
        internal().delete().uri("/internal/v1/customers/erased").exchange().expectStatus().isNoContent();

        internal().get().uri("/internal/v1/customers/erased/export").exchange()
                .expectBody()
                .jsonPath("$.preferences").doesNotExist()
                .jsonPath("$.consents.length()").isEqualTo(0);
        assertThat(database.getCollection("consents").countDocuments(Filters.eq("customerId", "erased"))).isZero();
        assertThat(anonymised()).isEqualTo(anonymisedBefore + 1);
    }

    @Test
    void onlyServiceAccountsExportOrErase() {
        api.delete().uri("/internal/v1/customers/someone")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("someone").roles("admin").bearer())
                .exchange().expectStatus().isForbidden();
        api.get().uri("/internal/v1/customers/someone/export")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:read").bearer())
                .exchange().expectStatus().isForbidden();
    }

    private long anonymised() {
        return database.getCollection("consents").countDocuments(Filters.and(Filters.eq("customerId", null),
                Filters.eq("actor", "erasure"), Filters.eq("after", false)));
    }

    private void choose(String customerId) {
        api.patch().uri("/api/v1/preferences/me").header(HttpHeaders.AUTHORIZATION, tokens.customer(customerId).bearer())
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .body("{\"topics\":[{\"topicId\":\"delivery-updates\",\"channels\":[\"EMAIL\",\"IN_APP\"]}]}")
                .exchange().expectStatus().isOk();
    }

    private RestTestClient internal() {
        return api.mutate().defaultHeader(HttpHeaders.AUTHORIZATION,
                tokens.partner("profile-service", "internal").bearer()).build();
    }
}
