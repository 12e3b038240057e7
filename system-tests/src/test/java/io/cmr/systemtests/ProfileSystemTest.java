package io.cmr.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.cmr.platform.test.HttpCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers own their profile through the real gateway, with real Keycloak users. */
@ExtendWith(WholeStack.class)
class ProfileSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WholeStack.Urls stack;
    private final Keycloak keycloak;
    private final Http http = new Http();
    private final HttpClient client = HttpClient.newHttpClient();

    ProfileSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
        this.keycloak = new Keycloak(stack.keycloak());
    }

    @Test
    void aliceChangesHerNameOnTheVersionSheRead() {
        String alice = login("alice");
        String etag = etagOf(http.get(stack.gateway() + "/api/v1/profile/me", "Authorization", alice));

        assertThat(patch("/api/v1/profile/me", alice, null, "{\"givenName\":\"Alicia\"}").statusCode()).isEqualTo(428);
        HttpResponse<String> changed = patch("/api/v1/profile/me", alice, etag,
                "{\"givenName\":\"Alicia\",\"timezone\":\"Europe/Paris\"}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).get("givenName").asString()).isEqualTo("Alicia");
        assertThat(patch("/api/v1/profile/me", alice, etag, "{\"givenName\":\"Stale\"}").statusCode()).isEqualTo(412);
        HttpResponse<String> bad = patch("/api/v1/profile/me", alice, etagOf(changed), "{\"timezone\":\"Mars/Base\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("errors").get(0).get("field").asString()).isEqualTo("timezone");
    }

    @Test
    void bobCannotSeeOrChangeAlicesProfile() {
        String aliceId = subjectOf(login("alice"));
        String bob = login("bob");

        assertThat(http.get(stack.gateway() + "/api/v1/customers/" + aliceId + "/profile", "Authorization", bob)
                .statusCode()).isEqualTo(404);
        assertThat(patch("/api/v1/customers/" + aliceId + "/profile", bob, "\"1\"", "{\"givenName\":\"Bob\"}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void samFromSupportChangesAlicesNameAndHerAuditShowsIt() {
        String alice = login("alice");
        http.get(stack.gateway() + "/api/v1/profile/me", "Authorization", alice);
        String aliceId = subjectOf(alice);
        String sam = login("sam");
        String path = "/api/v1/customers/" + aliceId + "/profile";
        String etag = etagOf(http.get(stack.gateway() + path, "Authorization", sam));

        assertThat(patch(path, sam, etag, "{\"familyName\":\"Liddell-Support\"}").statusCode()).isEqualTo(200);

        JsonNode latest = json(http.get(stack.gateway() + "/api/v1/profile/me/audit", "Authorization", alice))
                .get("items").get(0);
        assertThat(latest.get("actor").get("type").asString()).isEqualTo("support");
        assertThat(latest.get("actor").get("id").asString()).isEqualTo(subjectOf(sam));
        assertThat(latest.get("changes").get(0).get("value").asString()).isEqualTo("Liddell-Support");
        assertThat(json(http.get(stack.gateway() + "/api/v1/profile/me", "Authorization", alice))
                .get("familyName").asString()).isEqualTo("Liddell-Support");
    }

    @Test
    void aliceAddsAnEmailAndVerifiesItWithTheCodeSentToIt() {
        String alice = login("alice");
        String address = "alice.work." + System.currentTimeMillis() + "@example.com";

        HttpResponse<String> added = http.postJson(stack.gateway() + "/api/v1/profile/me/contact-points",
                "{\"type\":\"EMAIL\",\"label\":\"Work\",\"value\":\"" + address + "\"}", "Authorization", alice);
        assertThat(added.statusCode()).isEqualTo(201);
        String id = json(added).get("id").asString();
        String code = new Mailbox(stack).codeMailedTo(address);

        HttpResponse<String> verified = http.postJson(
                stack.gateway() + "/api/v1/profile/me/contact-points/" + id + "/verification",
                "{\"code\":\"" + code + "\"}", "Authorization", alice);

        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(json(verified).get("status").asString()).isEqualTo("VERIFIED");
    }

    private String login(String user) {
        return "Bearer " + keycloak.login(user, user, stack.gateway() + "/login/oauth2/code/keycloak");
    }

    private static String subjectOf(String bearer) {
        return Keycloak.claims(bearer.substring("Bearer ".length())).get("sub").asString();
    }

    private HttpResponse<String> patch(String path, String bearer, String ifMatch, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HttpCalls.send(client, request.build());
    }

    private static String etagOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
