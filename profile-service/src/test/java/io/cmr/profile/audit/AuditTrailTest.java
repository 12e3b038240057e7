package io.cmr.profile.audit;

import java.util.Map;

import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

@ServiceTest
class AuditTrailTest {

    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    AuditTrailTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void everyChangeShowsWhoMadeItThroughWhichClientNewestFirst() {
        String alice = tokens.customer("audited-customer").claim("azp", "portal").bearer();
        visit(alice);
        patch("/api/v1/profile/me", alice, "\"1\"", "{\"givenName\":\"Alice\"}").expectStatus().isOk();
        api.post().uri("/api/v1/profile/me/contact-points").header(HttpHeaders.AUTHORIZATION, alice)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"type\":\"POSTAL\",\"label\":\"Home\",\"postal\":{\"lines\":[\"1 rue Haute\"],\"city\":\"Lyon\",\"country\":\"FR\"}}")
                .exchange().expectStatus().isCreated();
        String sam = tokens.customer("sam-agent").roles("support").claim("azp", "callcentre").bearer();
        patch("/api/v1/customers/audited-customer/profile", sam, "\"3\"", "{\"familyName\":\"Liddell\"}")
                .expectStatus().isOk();

        audit(alice, "").expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(3)
                .jsonPath("$.items[0].action").isEqualTo("PROFILE_CHANGED")
                .jsonPath("$.items[0].actor.type").isEqualTo("support")
                .jsonPath("$.items[0].actor.id").isEqualTo("sam-agent")
                .jsonPath("$.items[0].actor.clientId").isEqualTo("callcentre")
                .jsonPath("$.items[0].changes[0].field").isEqualTo("familyName")
                .jsonPath("$.items[0].changes[0].value").isEqualTo("Liddell")
                .jsonPath("$.items[1].action").isEqualTo("CONTACT_POINT_ADDED")
                .jsonPath("$.items[2].actor.type").isEqualTo("customer")
                .jsonPath("$.items[2].actor.clientId").isEqualTo("portal")
                .jsonPath("$.items[2].at").isNotEmpty()
                .jsonPath("$.nextCursor").doesNotExist();
    }

    @Test
    void theTrailIsPagedWithACursor() {
        String token = tokens.customer("paged-customer").bearer();
        visit(token);
        for (int version = 1; version <= 3; version++) {
            patch("/api/v1/profile/me", token, "\"" + version + "\"", "{\"givenName\":\"N" + version + "\"}")
                    .expectStatus().isOk();
        }

        Map<?, ?> first = audit(token, "?size=2").expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
        String cursor = (String) first.get("nextCursor");

        audit(token, "?size=2&cursor=" + cursor).expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].changes[0].value").isEqualTo("N1")
                .jsonPath("$.nextCursor").doesNotExist();
        audit(token, "?cursor=nonsense").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        audit(token, "?size=0").expectStatus().isBadRequest();
    }

    @Test
    void aCustomerSeesOnlyTheirOwnTrail() {
        String token = tokens.customer("private-customer").bearer();
        visit(token);
        patch("/api/v1/profile/me", token, "\"1\"", "{\"givenName\":\"P\"}").expectStatus().isOk();

        audit(tokens.customer("nosy-customer").bearer(), "").expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    private void visit(String token) {
        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange().expectStatus().isOk();
    }

    private RestTestClient.ResponseSpec patch(String path, String token, String ifMatch, String body) {
        return api.patch().uri(path).header(HttpHeaders.AUTHORIZATION, token).header(HttpHeaders.IF_MATCH, ifMatch)
                .contentType(MERGE_PATCH).body(body).exchange();
    }

    private RestTestClient.ResponseSpec audit(String token, String query) {
        return api.get().uri("/api/v1/profile/me/audit" + query).header(HttpHeaders.AUTHORIZATION, token).exchange();
    }
}
