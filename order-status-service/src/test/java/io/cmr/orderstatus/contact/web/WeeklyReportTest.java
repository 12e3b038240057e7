package io.cmr.orderstatus.contact.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.cmr.orderstatus.contact.domain.IsoWeek;
import io.cmr.orderstatus.notification.SentNotices.SentNotice;
import io.cmr.platform.test.AtOnce;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A week long past that only this test writes to: four orders shipped, alice's contact despite a
 * notice, bob's without one and then his repeat through the portal, a sale in a store.
 */
class WeeklyReportTest extends ContactApi {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final IsoWeek WEEK = IsoWeek.of(Instant.now(), PARIS).plus(-60);
    private static final Instant MONDAY = WEEK.start(PARIS);
    private static boolean recorded;

    @BeforeEach
    void recordTheWeek() {
        if (recorded) {
            return;
        }
        recorded = true;
        reason("WR_WISMO", "delivery", "AVOIDABLE_BY_INFORMATION");
        reason("WR_SALE", "feedback", "VALUABLE");
        order("WR-A", "wr-alice", "demo-carrier", "TRK-WRA");
        order("WR-B", "wr-bob", "other-carrier", "TRK-WRB");
        order("WR-C", "wr-cid", "demo-carrier", "TRK-WRC");
        order("WR-D", "wr-dot", "demo-carrier", "TRK-WRD");
        carrierEvent("demo-carrier", "TRK-WRA", "wra-1", "PICKED_UP", MONDAY.plus(Duration.ofHours(10)));
        carrierEvent("demo-carrier", "TRK-WRA", "wra-2", "IN_TRANSIT", MONDAY.plus(Duration.ofHours(20)));
        carrierEvent("other-carrier", "TRK-WRB", "wrb-1", "PICKED_UP", MONDAY.plus(Duration.ofHours(11)));
        carrierEvent("demo-carrier", "TRK-WRC", "wrc-1", "IN_TRANSIT", MONDAY.plus(Duration.ofHours(12)));
        carrierEvent("demo-carrier", "TRK-WRD", "wrd-1", "PICKED_UP", MONDAY.plus(Duration.ofHours(13)));

        recorded(support(), contact("CHAT", "WR_WISMO", null, MONDAY.minus(Duration.ofDays(3))));
        notices.sent("wr-alice", new SentNotice("order:WR-A:delay:LATE", "DELAY_LATE", null, List.of("WR-A"),
                MONDAY.plus(Duration.ofDays(1))));
        recorded(support(), contact("PHONE", "WR_WISMO", "WR-A", MONDAY.plus(Duration.ofDays(2))));
        recorded(support(), contact("PHONE", "WR_WISMO", "WR-B", MONDAY.plus(Duration.ofDays(2))));
        recorded(support(), contact("PORTAL", "WR_WISMO", "WR-B", MONDAY.plus(Duration.ofDays(3))));
        recorded(support(), contact("STORE", "WR_SALE", null, MONDAY.plus(Duration.ofDays(4))));
    }

    private void recorded(String token, String body) {
        super.record(token, body).expectStatus().isCreated();
    }

    private static String contact(String channel, String reason, String orderId, Instant at) {
        return """
                {"channel":"%s","reasonCode":"%s",%s"at":"%s"}""".formatted(channel, reason,
                orderId == null ? "" : "\"orderId\":\"" + orderId + "\",", at);
    }

    private RestTestClient.ResponseSpec report(String token, String query) {
        return api.get().uri("/api/v1/admin/contact-reports/weekly?" + query).header(HttpHeaders.AUTHORIZATION, token)
                .accept(MediaType.APPLICATION_JSON).exchange();
    }

    @Test
    void theWeekShowsEachReasonsTrendPerOrderShippedAndWhetherCustomersHadBeenTold() {
        report(admin(), "from=" + WEEK.plus(-1) + "&to=" + WEEK + "&groupBy=reason").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.timezone").isEqualTo("Europe/Paris")
                .jsonPath("$.weeks[0].week").isEqualTo(WEEK.toString())
                .jsonPath("$.weeks[0].ordersShipped").isEqualTo(4)
                .jsonPath("$.weeks[0].contacts").isEqualTo(4)
                .jsonPath("$.weeks[0].contactsPer1000Shipped").isEqualTo(1000.0)
                .jsonPath("$.weeks[0].rows[0].key").isEqualTo("WR_WISMO")
                .jsonPath("$.weeks[0].rows[0].name.en").isEqualTo("WR_WISMO en")
                .jsonPath("$.weeks[0].rows[0].count").isEqualTo(3)
                .jsonPath("$.weeks[0].rows[0].previousWeek").isEqualTo(1)
                .jsonPath("$.weeks[0].rows[0].changeVsPreviousWeek").isEqualTo(2)
                .jsonPath("$.weeks[0].rows[0].fourWeekAverage").isEqualTo(0.25)
                .jsonPath("$.weeks[0].rows[0].changeVsFourWeekAverage").isEqualTo(2.75)
                .jsonPath("$.weeks[0].rows[0].per1000Shipped").isEqualTo(750.0)
                .jsonPath("$.weeks[0].rows[0].repeatRate").isEqualTo(1.0 / 3)
                .jsonPath("$.weeks[0].rows[0].selfServiceShare").isEqualTo(1.0 / 3)
                .jsonPath("$.weeks[0].rows[0].despiteNoticeShare").isEqualTo(1.0 / 3)
                .jsonPath("$.weeks[0].rows[0].noNoticeShare").isEqualTo(2.0 / 3)
                .jsonPath("$.weeks[0].rows[0].concentration.orders[0].id").isEqualTo("WR-B")
                .jsonPath("$.weeks[0].rows[0].concentration.orders[0].contacts").isEqualTo(2)
                .jsonPath("$.weeks[0].rows[0].concentration.orders[0].atLeast").isEqualTo(2)
                .jsonPath("$.weeks[0].rows[0].concentration.carriers[0].id").isEqualTo("other-carrier")
                .jsonPath("$.weeks[0].rows[1].key").isEqualTo("WR_SALE")
                .jsonPath("$.weeks[0].rows[1].despiteNoticeShare").doesNotExist()
                .jsonPath("$.weeks[1].week").isEqualTo(WEEK.plus(-1).toString())
                .jsonPath("$.weeks[1].rows[0].count").isEqualTo(1);
    }

    @Test
    void contactsRecordedAtTheSameMomentAreAllCountedAndConcentrateOnTheirOrder() throws InterruptedException {
        IsoWeek busy = WEEK.plus(-10);
        Instant at = busy.start(PARIS).plus(Duration.ofDays(1));
        String token = support();

        AtOnce.run(8, n -> record(token, contact("PHONE", "WR_WISMO", "WR-C", at.plusSeconds(n))).expectStatus()
                .isCreated());

        report(admin(), "from=" + busy + "&to=" + busy + "&groupBy=channel").expectStatus().isOk().expectBody()
                .jsonPath("$.weeks[0].rows[?(@.key == 'PHONE')].count").isEqualTo(8)
                .jsonPath("$.weeks[0].rows[?(@.key == 'PHONE')].concentration.orders[0].id").isEqualTo("WR-C")
                .jsonPath("$.weeks[0].rows[?(@.key == 'PHONE')].concentration.orders[0].contacts").isEqualTo(8)
                .jsonPath("$.weeks[0].rows[?(@.key == 'PHONE')].concentration.orders[0].atLeast").isEqualTo(8);
    }

    @Test
    void theWeekGroupsByCategoryOrChannel() {
        report(admin(), "from=" + WEEK + "&to=" + WEEK + "&groupBy=category").expectStatus().isOk().expectBody()
                .jsonPath("$.weeks[0].rows[?(@.key == 'delivery')].count").isEqualTo(3)
                .jsonPath("$.weeks[0].rows[?(@.key == 'delivery')].name.fr").isEqualTo("Livraison")
                .jsonPath("$.weeks[0].rows[?(@.key == 'delivery')].despiteNoticeShare").isEqualTo(1.0 / 3)
                .jsonPath("$.weeks[0].rows[?(@.key == 'feedback')].count").isEqualTo(1);
        report(admin(), "from=" + WEEK + "&to=" + WEEK + "&groupBy=channel").expectStatus().isOk().expectBody()
                .jsonPath("$.weeks[0].rows[?(@.key == 'PHONE')].count").isEqualTo(2)
                .jsonPath("$.weeks[0].rows[?(@.key == 'PORTAL')].selfServiceShare").isEqualTo(1.0)
                .jsonPath("$.weeks[0].rows[?(@.key == 'CHAT')].changeVsPreviousWeek").isEqualTo(-1);
    }

    @Test
    void theReportIsAlsoCsv() {
        String csv = api.get().uri("/api/v1/admin/contact-reports/weekly?from={f}&to={t}", WEEK.toString(), WEEK.toString())
                .header(HttpHeaders.AUTHORIZATION, admin()).accept(MediaType.parseMediaType("text/csv")).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/csv")
                .returnResult(String.class).getResponseBody();

        assertThat(csv.lines().findFirst()).hasValueSatisfying(header -> assertThat(header).startsWith("week,group,"));
        assertThat(csv).contains(WEEK + ",WR_WISMO,WR_WISMO en,3,1,2,0.2500,2.7500,4,750.0000,0.3333,0.3333,0.3333,0.6667,"
                + "WR-B:2 WR-A:1,other-carrier:2 demo-carrier:1,");
    }

    @Test
    void onlyAdminsReadTheReport() {
        report(support(), "from=" + WEEK + "&to=" + WEEK).expectStatus().isForbidden();
        report(callCentre(), "from=" + WEEK + "&to=" + WEEK).expectStatus().isForbidden();
        api.get().uri("/api/v1/admin/contact-reports/weekly?from=" + WEEK + "&to=" + WEEK).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aRangeBackwardsOrOverTwoYearsOrMalformedIsAProblemNamingTheField() {
        refused("from=" + WEEK + "&to=" + WEEK.plus(-1), "from");
        refused("from=" + WEEK.plus(-104) + "&to=" + WEEK, "to");
        refused("from=last-week&to=" + WEEK, "from");
        refused("from=" + WEEK + "&to=2026-W99", "to");
        refused("to=" + WEEK, "from");
        refused("from=" + WEEK + "&to=" + WEEK + "&groupBy=colour", "groupBy");
        report(admin(), "from=" + WEEK.plus(-103) + "&to=" + WEEK).expectStatus().isOk();
    }

    private void refused(String query, String field) {
        report(admin(), query).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
