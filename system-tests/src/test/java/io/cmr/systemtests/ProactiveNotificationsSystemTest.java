package io.cmr.systemtests;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.StreamSupport;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import io.cmr.platform.test.HttpCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12 end to end through the gateway: an incident reaches the affected customer by e-mail and in
 * her inbox, and its resolution too; one click in the e-mail turns e-mail off without a login and the
 * next notice says why it did not come by e-mail; quiet hours hold a notice back; a partner's webhook
 * receives signed deliveries.
 */
@ExtendWith(WholeStack.class)
class ProactiveNotificationsSystemTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(500);

    private final WholeStack.Urls stack;
    private final Keycloak keycloak;
    private final FreshShop shop;
    private final Http http = new Http();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ProactiveNotificationsSystemTest(WholeStack.Urls stack) {
        this.stack = stack;
        this.keycloak = new Keycloak(stack.keycloak());
        this.shop = new FreshShop(stack, keycloak);
    }

    @Test
    void anIncidentReachesTheCustomerByMailAndInboxOneClickTurnsMailOffAndTheResolutionSaysWhyItCameOnlyInTheInbox()
            throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String carrier = "st-hub-" + suffix;
        KeycloakAdmin.Customer nora = new KeycloakAdmin(stack.keycloak()).createCustomer("nora-" + suffix);
        String customer = shop.loginAsCustomer(nora);
        String customerId = Keycloak.claims(customer.substring("Bearer ".length())).get("sub").asString();
        String merchant = "Bearer " + keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");
        String orderId = "ST-INC-" + suffix;
        shop.putOrder(merchant, orderId, customerId, carrier, "TRK-INC-" + suffix, Instant.now().plusSeconds(86_400),
                Instant.now().plusSeconds(3 * 86_400));

        String admin = "Bearer " + keycloak.login("ada", "ada", stack.gateway() + "/login/oauth2/code/keycloak");
        HttpResponse<String> declared = http.postJson(stack.gateway() + "/api/v1/incidents", """
                {"title":{"fr":"Plateforme %1$s fermée","en":"Hub %1$s closed"},
                 "message":{"fr":"Une panne a fermé la plateforme %1$s.","en":"An outage closed hub %1$s."},
                 "cause":"Outage at hub %1$s","expectedResolution":"%2$s","selector":{"carrier":"%3$s"}}"""
                .formatted(suffix, Instant.now().plus(Duration.ofDays(1)), carrier), "Authorization", admin);
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
        String incidentId = JSON.readTree(declared.body()).get("id").asString();

        Mailbox mailbox = new Mailbox(stack);
        Mailbox.Mail[] mail = new Mailbox.Mail[1];
        await().atMost(WAIT).pollInterval(POLL).until(() -> (mail[0] = mailbox.mailsTo(nora.email()).stream()
                .filter(m -> m.subject() != null && m.subject().contains(suffix)).findFirst().orElse(null)) != null);
        assertThat(mail[0].text()).contains(orderId);
        assertThat(mail[0].listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail[0].listUnsubscribe()).startsWith("<" + stack.gateway() + "/api/v1/unsubscribe?");

        await().atMost(WAIT).pollInterval(POLL).untilAsserted(() -> assertThat(inboxItem(customer, "INCIDENT_DECLARED", orderId))
                .hasValueSatisfying(item -> assertThat(item.get("subject").asString()).contains(suffix)));
        await().atMost(WAIT).pollInterval(POLL).untilAsserted(() -> {
            JsonNode told = noticeOf(customer, orderId, "INCIDENT_DECLARED").orElseThrow();
            assertThat(told.get("incidentId").asString()).isEqualTo(incidentId);
            assertThat(channel(told, "EMAIL").get("outcome").asString()).as(told.toString()).isEqualTo("SENT");
            assertThat(channel(told, "EMAIL").get("sentTo").asString()).isEqualToIgnoringCase(nora.email());
        });

        // The mail client's one click: a POST to the link, no login, no cookie.
        String link = mail[0].listUnsubscribe().substring(1, mail[0].listUnsubscribe().length() - 1);
        HttpResponse<String> unsubscribed = HttpCalls.send(client, HttpRequest.newBuilder(URI.create(link))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build());
        assertThat(unsubscribed.statusCode()).as(unsubscribed.body()).isEqualTo(200);

        HttpResponse<String> resolved = patch(stack.gateway() + "/api/v1/incidents/" + incidentId, admin, """
                {"status":"RESOLVED","message":{"fr":"La plateforme %1$s est rouverte.","en":"Hub %1$s is open again."}}"""
                .formatted(suffix));
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);

        await().atMost(WAIT).pollInterval(POLL).untilAsserted(() -> assertThat(inboxItem(customer, "INCIDENT_RESOLVED", orderId))
                .hasValueSatisfying(item -> assertThat(item.get("subject").asString()).contains(suffix)));
        JsonNode why = await().atMost(WAIT).pollInterval(POLL).until(() -> noticeOf(customer, orderId, "INCIDENT_RESOLVED"),
                notice -> notice.isPresent() && hasChannel(notice.get(), "EMAIL")).orElseThrow();
        JsonNode email = channel(why, "EMAIL");
        assertThat(email.get("outcome").asString()).as(why.toString()).isEqualTo("SUPPRESSED");
        assertThat(email.get("reason").asString()).isEqualTo("OPTED_OUT");
        assertThat(email.get("consentEntryId") != null && !email.get("consentEntryId").isNull()).as(why.toString()).isTrue();
        assertThat(channel(why, "IN_APP").get("outcome").asString()).isEqualTo("SENT");
        assertThat(mailbox.mailsTo(nora.email())).filteredOn(m -> m.subject() != null && m.subject().contains(suffix))
                .hasSize(1);
    }

    @Test
    void aNoticeDuringTheCustomersQuietHoursWaitsUntilTheyEnd() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String carrier = "st-quiet-" + suffix;
        KeycloakAdmin.Customer quinn = new KeycloakAdmin(stack.keycloak()).createCustomer("quinn-" + suffix);
        String customer = shop.loginAsCustomer(quinn);
        String customerId = Keycloak.claims(customer.substring("Bearer ".length())).get("sub").asString();
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        ZonedDateTime end = now.plusHours(1).truncatedTo(ChronoUnit.MINUTES);
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        HttpResponse<String> preferences = http.get(stack.gateway() + "/api/v1/preferences/me", "Authorization", customer);
        assertThat(preferences.statusCode()).as(preferences.body()).isEqualTo(200);
        HttpResponse<String> quiet = HttpCalls.send(client, HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/v1/preferences/me"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", customer).header("Content-Type", "application/json")
                .header("If-Match", preferences.headers().firstValue("ETag").orElseThrow())
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"timezone\":\"UTC\",\"quietHours\":{\"start\":\"%s\",\"end\":\"%s\"}}"
                        .formatted(now.minusHours(1).format(hhmm), end.format(hhmm))))
                .build());
        assertThat(quiet.statusCode()).as(quiet.body()).isEqualTo(200);
        String merchant = "Bearer " + keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");
        String orderId = "ST-QUIET-" + suffix;
        shop.putOrder(merchant, orderId, customerId, carrier, "TRK-QUIET-" + suffix, Instant.now().plusSeconds(86_400),
                Instant.now().plusSeconds(3 * 86_400));

        String admin = "Bearer " + keycloak.login("ada", "ada", stack.gateway() + "/login/oauth2/code/keycloak");
        HttpResponse<String> declared = http.postJson(stack.gateway() + "/api/v1/incidents", """
                {"title":{"fr":"Dépôt %1$s fermé","en":"Depot %1$s closed"},
                 "message":{"fr":"Le dépôt %1$s est fermé.","en":"Depot %1$s is closed."},
                 "cause":"Strike at depot %1$s","expectedResolution":"%2$s","selector":{"carrier":"%3$s"}}"""
                .formatted(suffix, Instant.now().plus(Duration.ofDays(1)), carrier), "Authorization", admin);
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);

        JsonNode why = await().atMost(WAIT).pollInterval(POLL).until(() -> noticeOf(customer, orderId, "INCIDENT_DECLARED"),
                notice -> notice.isPresent() && hasChannel(notice.get(), "EMAIL") && hasChannel(notice.get(), "IN_APP"))
                .orElseThrow();
        for (String name : List.of("EMAIL", "IN_APP")) {
            JsonNode held = channel(why, name);
            assertThat(held.get("outcome").asString()).as(why.toString()).isEqualTo("DELAYED");
            assertThat(held.get("rule").asString()).isEqualTo("QUIET_HOURS");
            assertThat(Instant.parse(held.get("until").asString())).isEqualTo(end.toInstant());
        }
        assertThat(inboxItem(customer, "INCIDENT_DECLARED", orderId)).isEmpty();
        assertThat(new Mailbox(stack).mailsTo(quinn.email())).noneMatch(m -> m.subject() != null && m.subject().contains(suffix));
    }

    @Test
    void aPartnersWebhookReceivesSignedDeliveriesOfItsOrdersNews() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String secret = "st-secret-" + suffix + "-0123456789abcdef";
        ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Webhook-Timestamp"),
                        exchange.getRequestHeaders().getFirst("Webhook-Signature"),
                        new String(body.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String merchant = "Bearer " + keycloak.clientCredentials("demo-merchant", "demo-merchant-local-secret");
        String subscriptionId = null;
        try {
            HttpResponse<String> subscribed = http.postJson(stack.gateway() + "/api/v1/webhooks", """
                    {"url":"http://127.0.0.1:%d/hooks","eventTypes":["order.shipped"],"secret":"%s","description":"system test %s"}"""
                    .formatted(receiver.getAddress().getPort(), secret, suffix), "Authorization", merchant);
            assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(201);
            subscriptionId = JSON.readTree(subscribed.body()).get("id").asString();

            KeycloakAdmin.Customer wes = new KeycloakAdmin(stack.keycloak()).createCustomer("wes-" + suffix);
            String customer = shop.loginAsCustomer(wes);
            String customerId = Keycloak.claims(customer.substring("Bearer ".length())).get("sub").asString();
            String orderId = "ST-HOOK-" + suffix;
            String tracking = "TRK-HOOK-" + suffix;
            shop.putOrder(merchant, orderId, customerId, "demo-carrier", tracking, Instant.now().plusSeconds(86_400),
                Instant.now().plusSeconds(3 * 86_400));
            String carrier = "Bearer " + keycloak.clientCredentials("demo-carrier", "demo-carrier-local-secret");
            HttpResponse<String> pickedUp = http.postJson(stack.gateway() + "/api/v1/carriers/demo-carrier/shipments/" + tracking + "/events",
                    "{\"eventId\":\"%s-1\",\"type\":\"PICKED_UP\",\"occurredAt\":\"%s\",\"location\":\"Paris\"}"
                            .formatted(suffix, Instant.now().minusSeconds(60)), "Authorization", carrier);
            assertThat(pickedUp.statusCode()).as(pickedUp.body()).isEqualTo(200);

            Received delivery = await().atMost(WAIT).pollInterval(POLL).until(() -> received.stream()
                    .filter(r -> r.body().contains("\"" + orderId + "\"")).findFirst(), Optional::isPresent).orElseThrow();
            JsonNode event = JSON.readTree(delivery.body());
            assertThat(event.get("type").asString()).isEqualTo("order.shipped");
            assertThat(event.get("data").get("orderId").asString()).isEqualTo(orderId);
            assertThat(delivery.signature()).isEqualTo("v1=" + hmac(secret, delivery.timestamp() + "." + delivery.body()));
            assertThat(delivery.signature()).isNotEqualTo("v1=" + hmac("another-secret-0123456789abcdef", delivery.timestamp() + "." + delivery.body()));
            assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(delivery.timestamp()))).isLessThan(300);

            String subscription = subscriptionId;
            await().atMost(WAIT).pollInterval(POLL).untilAsserted(() -> {
                HttpResponse<String> deliveries = http.get(stack.gateway() + "/api/v1/webhooks/" + subscription + "/deliveries",
                        "Authorization", merchant);
                assertThat(deliveries.statusCode()).as(deliveries.body()).isEqualTo(200);
                assertThat(StreamSupport.stream(JSON.readTree(deliveries.body()).get("deliveries").spliterator(), false)
                        .filter(d -> d.get("eventType").asString().equals("order.shipped"))
                        .map(d -> d.get("state").asString())).contains("DELIVERED");
            });
        }
        finally {
            if (subscriptionId != null) {
                HttpCalls.send(client, HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/v1/webhooks/" + subscriptionId))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", merchant).DELETE().build());
            }
            receiver.stop(0);
        }
    }

    record Received(String timestamp, String signature, String body) {
    }

    private HttpResponse<String> patch(String url, String bearer, String json) {
        return HttpCalls.send(client, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private Optional<JsonNode> inboxItem(String customer, String kind, String orderId) {
        HttpResponse<String> inbox = http.get(stack.gateway() + "/api/v1/notifications?limit=100", "Authorization", customer);
        assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
        return StreamSupport.stream(JSON.readTree(inbox.body()).get("items").spliterator(), false)
                .filter(item -> item.get("kind").asString().equals(kind))
                .filter(item -> item.get("orderIds").toString().contains("\"" + orderId + "\""))
                .findFirst();
    }

    /** The order's notice of that kind with its per-channel outcomes: "why did I (not) get this?". */
    private Optional<JsonNode> noticeOf(String customer, String orderId, String kind) {
        HttpResponse<String> notices = http.get(stack.gateway() + "/api/v1/orders/" + orderId + "/notices", "Authorization", customer);
        assertThat(notices.statusCode()).as(notices.body()).isEqualTo(200);
        return StreamSupport.stream(JSON.readTree(notices.body()).spliterator(), false)
                .filter(notice -> notice.get("kind").asString().equals(kind)).findFirst();
    }

    private static boolean hasChannel(JsonNode notice, String name) {
        return StreamSupport.stream(notice.get("channels").spliterator(), false)
                .anyMatch(c -> name.equals(c.get("channel").asString()) && !"DUE".equals(c.get("outcome").asString())
                        && !"SENDING".equals(c.get("outcome").asString()));
    }

    private static JsonNode channel(JsonNode notice, String name) {
        return StreamSupport.stream(notice.get("channels").spliterator(), false)
                .filter(c -> name.equals(c.get("channel").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + notice));
    }

    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
