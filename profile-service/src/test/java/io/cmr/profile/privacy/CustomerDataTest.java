package io.cmr.profile.privacy;

import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceTest
class CustomerDataTest {

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    CustomerDataTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void theExportHoldsTheProfileItsContactPointsAndItsAuditTrail() {
        String token = tokens.customer("exported-customer").claim("given_name", "Ex")
                .claim("email", "ex@example.com").claim("email_verified", true).bearer();
        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isOk();
        api.patch().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.parseMediaType("application/merge-patch+json")).body("{\"familyName\":\"Port\"}")
                .exchange().expectStatus().isOk();

        api.get().uri("/internal/v1/customers/exported-customer/export").header(HttpHeaders.AUTHORIZATION, service())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.profile.familyName").isEqualTo("Port")
                .jsonPath("$.contactPoints[0].value").isEqualTo("ex@example.com")
                .jsonPath("$.audit[0].changes[0].field").isEqualTo("familyName");
    }

    @Test
    void erasureLeavesNothingAndCanBeRepeated() {
        String token = tokens.customer("erased-customer").claim("email", "gone@example.com")
                .claim("email_verified", true).bearer();
        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isOk();

        api.delete().uri("/internal/v1/customers/erased-customer").header(HttpHeaders.AUTHORIZATION, service())
                .exchange().expectStatus().isNoContent();
        api.delete().uri("/internal/v1/customers/erased-customer").header(HttpHeaders.AUTHORIZATION, service())
                .exchange().expectStatus().isNoContent();

        api.get().uri("/internal/v1/customers/erased-customer/export").header(HttpHeaders.AUTHORIZATION, service())
                .exchange().expectStatus().isOk().expectBody().json("{\"profile\":null,\"contactPoints\":[],\"audit\":[]}");
        api.get().uri("/internal/v1/contact-points/by-email?address=gone@example.com")
                .header(HttpHeaders.AUTHORIZATION, service()).exchange().expectStatus().isNotFound();
    }

    @Test
    void onlyServicesMayExportOrErase() {
        api.delete().uri("/internal/v1/customers/someone")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("someone").roles("admin").bearer())
                .exchange().expectStatus().isForbidden();
        api.get().uri("/internal/v1/customers/someone/export")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("someone").bearer())
                .exchange().expectStatus().isForbidden();
    }

    private String service() {
        return tokens.partner("preference-service", "internal").bearer();
    }
}
