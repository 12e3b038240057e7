package io.cmr.systemtests;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13 end to end through the gateway: support codes two "where is my order" calls, one from a
 * customer already told of the incident behind it, one from a customer nobody had told anything yet;
 * the admin's weekly report counts one despite a notice, one without, and contacts per 1,000 orders shipped.
 */
@ExtendWith(WholeStack.class)
class ContactAnalysisSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WHERE_IS_MY_ORDER = "WHERE_IS_MY_ORDER";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(500);

    private final WholeStack.Urls stack;
    private final Keycloak keycloak;
    private final FreshShop shop;
    private final Http http = new Http();

    ContactAnalysisSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
        this.keycloak = new Keycloak(stack.keycloak());
        this.shop = new FreshShop(stack, keycloak);
    }

    @Test
    void theWeeklyReportShowsOneWhereIsMyOrderCallDespiteANoticeAndOneWithoutAndContactsPerThousandShipped() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String merchant = "Bearer " + keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");
        String admin = "Bearer " + keycloak.login("ada", "ada", stack.gateway() + "/login/oauth2/code/keycloak");
        String support = "Bearer " + keycloak.login("sam", "sam", stack.gateway() + "/login/oauth2/code/keycloak");
        KeycloakAdmin accounts = new KeycloakAdmin(stack.keycloak());

        // Customer A: her carrier's incident is declared and she is told.
        String carrierA = "st-contact-" + suffix;
        String customerA = shop.loginAsCustomer(accounts.createCustomer("cara-" + suffix));
        String orderA = "ST-CA-" + suffix;
        Instant now = Instant.now();
        shop.putOrder(merchant, orderA, subject(customerA), carrierA, "TRK-CA-" + suffix, now.plusSeconds(86_400), now.plusSeconds(2 * 86_400));
        HttpResponse<String> declared = http.postJson(stack.gateway() + "/api/v1/incidents", """
                {"title":{"fr":"Tri %1$s arrêté","en":"Sorting %1$s stopped"},
                 "message":{"fr":"Le tri %1$s est arrêté.","en":"Sorting at %1$s has stopped."},
                 "cause":"Sorter failure %1$s","expectedResolution":"%2$s","selector":{"carrier":"%3$s"}}"""
                .formatted(suffix, now.plus(Duration.ofDays(1)), carrierA), "Authorization", admin);
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
        String incidentId = JSON.readTree(declared.body()).get("id").asString();
        await().atMost(WAIT).pollInterval(POLL).until(() -> StreamSupport.stream(notices(customerA, orderA).spliterator(), false)
                .filter(notice -> "INCIDENT_DECLARED".equals(notice.get("kind").asString()))
                .flatMap(notice -> StreamSupport.stream(notice.get("channels").spliterator(), false))
                .anyMatch(channel -> "SENT".equals(channel.get("outcome").asString())));

        // Customer B: another carrier has had his parcel since a while, late; he calls before anyone told him anything.
        String customerB = shop.loginAsCustomer(accounts.createCustomer("bert-" + suffix));
        String orderB = "ST-CB-" + suffix;
        String trackingB = "TRK-CB-" + suffix;
        shop.putOrder(merchant, orderB, subject(customerB), "demo-carrier", trackingB, now.minusSeconds(2 * 86_400), now.minusSeconds(3600));
        Instant callB = Instant.now();
        String carrier = "Bearer " + keycloak.clientCredentials("demo-carrier", "demo-carrier-local-secret");
        HttpResponse<String> pickedUp = http.postJson(stack.gateway() + "/api/v1/carriers/demo-carrier/shipments/" + trackingB + "/events",
                "{\"eventId\":\"%s-1\",\"type\":\"PICKED_UP\",\"occurredAt\":\"%s\",\"location\":\"Marseille\"}"
                        .formatted(suffix, callB.minusSeconds(60)), "Authorization", carrier);
        assertThat(pickedUp.statusCode()).as(pickedUp.body()).isEqualTo(200);

        JsonNode contactA = recordCall(support, orderA, Instant.now(), "where is my order, after the incident notice");
        String week = contactA.get("week").asString();
        JsonNode before = week(admin, week);
        assertThat(absent(contactA.get("despiteNotice"))).as(contactA.toString()).isFalse();
        assertThat(contactA.get("despiteNotice").get("incidentId").asString()).isEqualTo(incidentId);
        JsonNode contactB = recordCall(support, orderB, callB, "where is my order, nobody told me");
        assertThat(contactB.get("week").asString()).isEqualTo(week);
        assertThat(absent(contactB.get("despiteNotice"))).as(contactB.toString()).isTrue();

        JsonNode after = week(admin, week);
        JsonNode rowBefore = row(before, WHERE_IS_MY_ORDER);
        JsonNode rowAfter = row(after, WHERE_IS_MY_ORDER);
        long countBefore = rowBefore == null ? 0 : rowBefore.get("count").asLong();
        // Contact A was recorded before the first reading; contact B between the two.
        assertThat(rowAfter.get("count").asLong()).isEqualTo(countBefore + 1);
        long count = rowAfter.get("count").asLong();
        assertThat(Math.round(share(rowAfter, "despiteNoticeShare") * count)
                - Math.round(share(rowBefore, "despiteNoticeShare") * countBefore)).isZero();
        assertThat(Math.round(share(rowAfter, "noNoticeShare") * count)
                - Math.round(share(rowBefore, "noNoticeShare") * countBefore)).isEqualTo(1);
        assertThat(Math.round(share(rowAfter, "despiteNoticeShare") * count)).isGreaterThanOrEqualTo(1);
        assertThat(after.get("contacts").asLong()).isEqualTo(before.get("contacts").asLong() + 1);

        assertThat(after.get("ordersShipped").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(after.get("contactsPer1000Shipped").asDouble())
                .isCloseTo(after.get("contacts").asLong() * 1000.0 / after.get("ordersShipped").asLong(), within(0.01));
        assertThat(rowAfter.get("per1000Shipped").asDouble())
                .isCloseTo(count * 1000.0 / after.get("ordersShipped").asLong(), within(0.01));
    }

    private JsonNode recordCall(String support, String orderId, Instant at, String note) {
        HttpResponse<String> recorded = http.postJson(stack.gateway() + "/api/v1/contacts", """
                {"channel":"PHONE","reasonCode":"%s","orderId":"%s","at":"%s","handlingSeconds":180,"resolved":true,"note":"%s"}"""
                .formatted(WHERE_IS_MY_ORDER, orderId, at, note), "Authorization", support);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return JSON.readTree(recorded.body());
    }

    private JsonNode week(String admin, String week) {
        HttpResponse<String> report = http.get(stack.gateway() + "/api/v1/admin/contact-reports/weekly?from=" + week + "&to=" + week
                + "&groupBy=reason", "Authorization", admin, "Accept", "application/json");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode weeks = JSON.readTree(report.body()).get("weeks");
        return StreamSupport.stream(weeks.spliterator(), false).filter(w -> week.equals(w.get("week").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + week + " in " + report.body()));
    }

    private static JsonNode row(JsonNode week, String key) {
        return StreamSupport.stream(week.get("rows").spliterator(), false).filter(r -> key.equals(r.get("key").asString()))
                .findFirst().orElse(null);
    }

    private static double share(JsonNode row, String field) {
        return row == null || absent(row.get(field)) ? 0 : row.get(field).asDouble();
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isNull();
    }

    private JsonNode notices(String customer, String orderId) {
        HttpResponse<String> notices = http.get(stack.gateway() + "/api/v1/orders/" + orderId + "/notices", "Authorization", customer);
        assertThat(notices.statusCode()).as(notices.body()).isEqualTo(200);
        return JSON.readTree(notices.body());
    }

    private static String subject(String bearer) {
        return Keycloak.claims(bearer.substring("Bearer ".length())).get("sub").asString();
    }
}
