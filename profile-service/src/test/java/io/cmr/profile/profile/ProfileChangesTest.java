package io.cmr.profile.profile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.cmr.platform.test.AtOnce;
import io.cmr.platform.test.HttpCalls;
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
class ProfileChangesTest {

    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    ProfileChangesTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aCustomerChangesTheirNameLanguageAndTimezoneOnTheVersionTheyRead() {
        String token = firstVisit("renaming-customer");

        patch(token, "\"1\"", "{\"givenName\":\" Alicia \",\"familyName\":\"Lid\",\"language\":\"fr\",\"timezone\":\"Europe/Paris\"}")
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody()
                .jsonPath("$.givenName").isEqualTo("Alicia")
                .jsonPath("$.language").isEqualTo("fr")
                .jsonPath("$.timezone").isEqualTo("Europe/Paris");

        patch(token, "\"2\"", "{\"timezone\":null}").expectStatus().isOk();
        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"3\"")
                .expectBody()
                .jsonPath("$.familyName").isEqualTo("Lid")
                .jsonPath("$.timezone").doesNotExist();
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedWith428() {
        String token = firstVisit("careless-customer");

        api.patch().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).contentType(MERGE_PATCH)
                .body("{\"givenName\":\"X\"}").exchange()
                .expectStatus().isEqualTo(428)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedWith412AndTheCurrentETag() {
        String token = firstVisit("stale-customer");
        patch(token, "\"1\"", "{\"givenName\":\"First\"}").expectStatus().isOk();

        patch(token, "\"1\"", "{\"givenName\":\"Second\"}")
                .expectStatus().isEqualTo(412)
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        patch(token, "W/\"2\"", "{\"givenName\":\"Weak\"}").expectStatus().isEqualTo(412);
        assertUnchanged(token, "\"2\"", "First");
    }

    @Test
    void badFieldsAreNamedAndNothingIsStored() {
        String token = firstVisit("sloppy-customer");

        badPatch(token, "{\"nickname\":\"Al\"}", "nickname");
        badPatch(token, "{\"givenName\":42}", "givenName");
        badPatch(token, "{\"givenName\":{\"$gt\":\"\"}}", "givenName");
        badPatch(token, "{\"familyName\":\"" + "x".repeat(101) + "\"}", "familyName");
        badPatch(token, "{\"language\":\"de\"}", "language");
        badPatch(token, "{\"timezone\":\"Europe/Atlantis\"}", "timezone");
        badPatch(token, "{\"givenName\":\"Ok\",\"timezone\":\"Nowhere\"}", "timezone");
        assertUnchanged(token, "\"1\"", "Sloppy");
    }

    @Test
    void aBodyOverTheLimitIsA413AndNothingIsStored() {
        String token = firstVisit("verbose-customer");

        patch(token, "\"1\"", "{\"givenName\":\"" + "x".repeat(70_000) + "\"}")
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertUnchanged(token, "\"1\"", "Sloppy");
    }

    @Test
    void onlyMergePatchBodiesAreAccepted() {
        String token = firstVisit("json-customer");

        api.patch().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token)
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .body("{\"givenName\":\"X\"}").exchange()
                .expectStatus().isEqualTo(415);
        patch(token, "\"1\"", "[1,2]").expectStatus().isBadRequest();
    }

    @Test
    void twoChangesOnTheSameVersionAtOnceExactlyOneWins() throws InterruptedException {
        String token = firstVisit("racing-customer");
        HttpClient client = HttpClient.newHttpClient();

        List<HttpResponse<String>> responses = AtOnce.run(2, index -> HttpCalls.send(client,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/profile/me"))
                        .header("Authorization", token).header("If-Match", "\"1\"")
                        .header("Content-Type", "application/merge-patch+json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"givenName\":\"Racer" + index + "\"}"))
                        .build()));

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 412);
        String winner = responses.stream().filter(response -> response.statusCode() == 200).findFirst().orElseThrow()
                .body();
        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody(String.class).isEqualTo(winner);
    }

    private String firstVisit(String subject) {
        String token = tokens.customer(subject).claim("given_name", "Sloppy").bearer();
        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk();
        return token;
    }

    private RestTestClient.ResponseSpec patch(String token, String ifMatch, String body) {
        return api.patch().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token)
                .header(HttpHeaders.IF_MATCH, ifMatch).contentType(MERGE_PATCH).body(body).exchange();
    }

    private void badPatch(String token, String body, String field) {
        patch(token, "\"1\"", body)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private void assertUnchanged(String token, String etag, String givenName) {
        api.get().uri("/api/v1/profile/me").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectHeader().valueEquals(HttpHeaders.ETAG, etag)
                .expectBody().jsonPath("$.givenName").isEqualTo(givenName);
    }
}
