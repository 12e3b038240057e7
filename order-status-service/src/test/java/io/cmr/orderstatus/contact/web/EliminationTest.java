package io.cmr.orderstatus.contact.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import io.cmr.orderstatus.contact.domain.IsoWeek;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

class EliminationTest extends ContactApi {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void anAdminRanksACauseByItsWeeklyCostAndSeesTheVolumeBeforeAndAfterItIsDone() {
        reason("EL_WISMO", "delivery", "AVOIDABLE_BY_INFORMATION");
        IsoWeek current = IsoWeek.of(Instant.now(), PARIS);
        Instant lastWeek = current.plus(-1).start(PARIS).plus(Duration.ofDays(2));
        Instant twoWeeksAgo = current.plus(-2).start(PARIS).plus(Duration.ofDays(2));
        for (int i = 0; i < 8; i++) {
            contact(lastWeek.plusSeconds(i));
        }
        for (int i = 0; i < 4; i++) {
            contact(twoWeeksAgo.plusSeconds(i));
        }

        get(admin(), "EL_WISMO").expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("OPEN")
                .jsonPath("$.owner").doesNotExist()
                .jsonPath("$.weeklyVolume").isEqualTo(3.0)
                .jsonPath("$.estimatedWeeklyCost").doesNotExist();
        put(admin(), "EL_WISMO", """
                {"owner":"logistics-team","costPerContact":2.5,"currency":"EUR","status":"IN_PROGRESS"}""")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.owner").isEqualTo("logistics-team")
                .jsonPath("$.estimatedWeeklyCost").isEqualTo(7.5);
        api.get().uri("/api/v1/admin/contact-eliminations").header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.reasonCode == 'EL_WISMO')].estimatedWeeklyCost").isEqualTo(7.5);

        put(admin(), "EL_WISMO", """
                {"owner":"logistics-team","costPerContact":2.5,"status":"DONE"}""")
                .expectStatus().isOk().expectBody().jsonPath("$.doneAt").exists();
        contact(Instant.now().minusSeconds(1));

        api.get().uri("/api/v1/admin/contact-reports/weekly?from={f}&to={t}", current.plus(-4).toString(),
                current.toString()).header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.eliminated[?(@.reasonCode == 'EL_WISMO')].doneWeek").isEqualTo(current.toString())
                .jsonPath("$.eliminated[?(@.reasonCode == 'EL_WISMO')].weeklyBefore").isEqualTo(3.0)
                .jsonPath("$.eliminated[?(@.reasonCode == 'EL_WISMO')].weeklyAfter").isEqualTo(1.0)
                .jsonPath("$.eliminated[?(@.reasonCode == 'EL_WISMO')].weeksAfter").isEqualTo(1);
    }

    @Test
    void onlyAdminsSeeOrChangeTheBacklog() {
        get(support(), "LATE").expectStatus().isForbidden();
        put(support(), "LATE", """
                {"status":"DONE"}""").expectStatus().isForbidden();
        api.get().uri("/api/v1/admin/contact-eliminations").header(HttpHeaders.AUTHORIZATION, callCentre()).exchange()
                .expectStatus().isForbidden();
        api.get().uri("/api/v1/admin/contact-reasons/LATE/elimination").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aBacklogEntryNeedsAKnownReasonStatusAndAPositiveCost() {
        get(admin(), "NO_SUCH_REASON").expectStatus().isNotFound();
        put(admin(), "NO_SUCH_REASON", """
                {"status":"OPEN"}""").expectStatus().isNotFound();
        refused("""
                {"status":"MAYBE"}""", "status");
        refused("""
                {"costPerContact":-1,"status":"OPEN"}""", "costPerContact");
        refused("""
                {"currency":"euros","status":"OPEN"}""", "currency");
        refused("""
                {"owner":"team"}""", "status");
    }

    private void refused(String body, String field) {
        put(admin(), "LATE", body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private void contact(Instant at) {
        record(support(), """
                {"channel":"PHONE","reasonCode":"EL_WISMO","at":"%s"}""".formatted(at)).expectStatus().isCreated();
    }

    private RestTestClient.ResponseSpec get(String token, String code) {
        return api.get().uri("/api/v1/admin/contact-reasons/{code}/elimination", code)
                .header(HttpHeaders.AUTHORIZATION, token).exchange();
    }

    private RestTestClient.ResponseSpec put(String token, String code, String body) {
        return api.put().uri("/api/v1/admin/contact-reasons/{code}/elimination", code)
                .header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }
}
