package io.cmr.preference.topic;

import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import io.cmr.preference.ProfileServiceStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceTest
@ExtendWith(ProfileServiceStub.class)
class TopicCatalogTest {

    private static final String RECALLS = """
            {"id":"%s","name":{"fr":"Rappels","en":"Recalls"},"description":{"fr":"Rappels produit","en":"Product recalls"},
             "category":"TRANSACTIONAL","allowedChannels":["EMAIL","SMS"],"defaultChannels":["EMAIL"],"mandatory":true}""";

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    TopicCatalogTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private String admin() {
        return tokens.customer("ada").roles("admin").bearer();
    }

    @Test
    void anySignedInCallerSeesTheSeededCatalogWithMarketingOffByDefaultAndSecurityMandatory() {
        api.get().uri("/api/v1/topics").header(HttpHeaders.AUTHORIZATION, tokens.customer("reader").bearer()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.id=='marketing-offers')].defaultChannels[0]").doesNotExist()
                .jsonPath("$[?(@.id=='marketing-offers')].category").isEqualTo("MARKETING")
                .jsonPath("$[?(@.id=='account-security')].mandatory").isEqualTo(true)
                .jsonPath("$[?(@.id=='delivery-updates')].name.fr").isEqualTo("Suivi de livraison")
                .jsonPath("$[?(@.id=='order-updates')]").exists()
                .jsonPath("$[?(@.id=='service-incidents')]").exists();
    }

    @Test
    void anAdminAddsChangesAndRemovesATopic() {
        api.post().uri("/api/v1/admin/topics").header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON).body(RECALLS.formatted("recalls")).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");

        api.put().uri("/api/v1/admin/topics/recalls").header(HttpHeaders.AUTHORIZATION, admin())
                .header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).body(RECALLS.formatted("recalls").replace("\"Recalls\"", "\"Safety recalls\""))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody().jsonPath("$.name.en").isEqualTo("Safety recalls");

        api.put().uri("/api/v1/admin/topics/recalls").header(HttpHeaders.AUTHORIZATION, admin())
                .header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).body(RECALLS.formatted("recalls")).exchange()
                .expectStatus().isEqualTo(412);

        api.delete().uri("/api/v1/admin/topics/recalls").header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isNoContent();
        api.get().uri("/api/v1/topics").header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectBody().jsonPath("$[?(@.id=='recalls')]").doesNotExist();
    }

    @Test
    void aTopicIdAlreadyTakenIsAConflict() {
        api.post().uri("/api/v1/admin/topics").header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON).body(RECALLS.formatted("order-updates")).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aChangeWithoutIfMatchIsRefused() {
        api.put().uri("/api/v1/admin/topics/order-updates").header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON).body(RECALLS.formatted("order-updates")).exchange()
                .expectStatus().isEqualTo(428);
    }

    @Test
    void invalidTopicsAreRefusedNamingWhatIsWrong() {
        String bad = RECALLS.formatted("bad-topic").replace("\"defaultChannels\":[\"EMAIL\"]", "\"defaultChannels\":[\"PUSH\"]")
                .replace("[\"EMAIL\",\"SMS\"]", "[\"EMAIL\",\"EMAIL\"]");
        api.post().uri("/api/v1/admin/topics").header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON).body(bad).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field=='allowedChannels')]").exists()
                .jsonPath("$.errors[?(@.field=='defaultChannels')]").exists();

        api.post().uri("/api/v1/admin/topics").header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON).body(RECALLS.formatted("fax").replace("\"SMS\"]", "\"FAX\"]")).exchange()
                .expectStatus().isBadRequest();

        api.post().uri("/api/v1/admin/topics").header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON).body(RECALLS.formatted("extra").replace("\"mandatory\"", "\"colour\":1,\"mandatory\""))
                .exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void onlyAdminsChangeTheCatalog() {
        api.post().uri("/api/v1/admin/topics").header(HttpHeaders.AUTHORIZATION, tokens.customer("mallory").bearer())
                .contentType(MediaType.APPLICATION_JSON).body(RECALLS.formatted("sneaky")).exchange()
                .expectStatus().isForbidden();
        api.delete().uri("/api/v1/admin/topics/account-security")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("sam").roles("support").bearer()).exchange()
                .expectStatus().isForbidden();
    }
}
