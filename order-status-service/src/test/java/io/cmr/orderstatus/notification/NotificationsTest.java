package io.cmr.orderstatus.notification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.cmr.orderstatus.notification.news.StoredNews;
import io.cmr.orderstatus.notification.outbox.Notices;
import io.cmr.orderstatus.notification.outbox.Outbox;
import io.cmr.orderstatus.notification.outbox.OutboxItem;
import io.cmr.orderstatus.notification.outbox.OutboxItem.ItemState;
import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.domain.PromisedWindow;
import io.cmr.orderstatus.order.domain.Punctuality;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.orderstatus.support.SupportAudit;
import io.cmr.platform.test.AtOnce;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Notices from their cause to the customer's channels, with preference-service and profile-service stubbed. */
@ServiceTest
class NotificationsTest {

    private static final GreenMail SMTP = startMail();
    private static final Path SMS = smsDir();
    private static final String DELIVERY = "delivery-updates";

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    @Autowired
    private NoticeRequests requests;

    @Autowired
    private Notices notices;

    @Autowired
    private Outbox outbox;

    @Autowired
    private SentNotices sentNotices;

    @Autowired
    private NoticeCounts counts;

    @Autowired
    private SupportAudit audit;

    @Autowired
    private MongoDatabase database;

    NotificationsTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @DynamicPropertySource
    static void stubs(DynamicPropertyRegistry registry) {
        String stub = NotificationStubs.url();
        // Its own database: other test classes' cached contexts keep planning and dispatching theirs.
        registry.add("spring.mongodb.database", () -> "cmr-notifications-test");
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", () -> stub + "/token");
        registry.add("cmr.remote.clients.preference.url", () -> stub);
        registry.add("cmr.remote.clients.preference.breaker.open-for", () -> "500ms");
        registry.add("cmr.remote.clients.profile-service.url", () -> stub);
        registry.add("cmr.remote.clients.profile-service.breaker.open-for", () -> "500ms");
        registry.add("cmr.notifications.public-url", () -> "https://cmr.example");
        registry.add("cmr.notifications.sms-outbox", SMS::toString);
        registry.add("cmr.notifications.planning.every", () -> "200ms");
        registry.add("cmr.notifications.dispatch.poll-interval", () -> "200ms");
        registry.add("cmr.notifications.dispatch.first-backoff", () -> "200ms");
        registry.add("cmr.notifications.news.sweep-every", () -> "500ms");
        registry.add("cmr.notifications.news.settle", () -> "1s");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        NotificationStubs.PREFERENCE_UP.set(true);
        NotificationStubs.PROFILE_UP.set(true);
    }

    private static NoticeRequest notice(String customerId, String key, String topic) {
        return new NoticeRequest(customerId, key, topic, "INCIDENT_DECLARED", List.of(), "inc-" + key,
                Map.of("title", "Hub closed", "message", "The hub is closed."), Instant.now());
    }

    /** The raw multipart body with its quoted-printable parts decoded, so long lines read whole. */
    private static String decodedBody(MimeMessage mail) throws Exception {
        byte[] raw = GreenMailUtil.getBody(mail).getBytes(StandardCharsets.UTF_8);
        return new String(MimeUtility.decode(new ByteArrayInputStream(raw), "quoted-printable").readAllBytes(),
                StandardCharsets.UTF_8);
    }

    private List<OutboxItem> itemsOf(String customerId, String key) {
        return outbox.ofNotices(customerId, List.of(key));
    }

    private OutboxItem item(String customerId, String key, CustomerChannel channel) {
        return itemsOf(customerId, key).stream().filter(item -> item.channel() == channel).findFirst().orElseThrow();
    }

    private void awaitSettled(String customerId, String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<OutboxItem> items = itemsOf(customerId, key);
            return !items.isEmpty() && items.stream().allMatch(item -> item.state() == ItemState.SENT
                    || item.state() == ItemState.SUPPRESSED || item.state() == ItemState.SCHEDULED);
        });
    }

    @Test
    void theSameNoticeRequestedTwiceAtOnceAndAgainLaterReachesEachChannelOnce() throws Exception {
        NoticeRequest first = notice("dup-1", "incident:i-1:declared", DELIVERY);
        AtOnce.run(4, i -> {
            requests.request(List.of(first));
            return i;
        });
        awaitSettled("dup-1", first.noticeKey());
        requests.request(List.of(new NoticeRequest("dup-1", first.noticeKey(), DELIVERY, "INCIDENT_DECLARED", List.of(),
                "inc-late", Map.of("title", "A late copy"), Instant.now().minusSeconds(600))));

        assertThat(notices.of("dup-1", null)).hasSize(1);
        assertThat(itemsOf("dup-1", first.noticeKey())).extracting(OutboxItem::channel)
                .containsExactlyInAnyOrder(CustomerChannel.EMAIL, CustomerChannel.SMS, CustomerChannel.IN_APP);
        assertThat(SMTP.getReceivedMessagesForDomain("dup-1@example.com")).hasSize(1);
        api.get().uri("/api/v1/notifications").header(HttpHeaders.AUTHORIZATION, tokens.customer("dup-1").bearer())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].subject").isEqualTo("Incident : Hub closed")
                .jsonPath("$.items[0].text").value(String.class, text -> assertThat(text).contains("The hub is closed."));
    }

    @Test
    void anEmailHasTextAndHtmlAndAOneClickUnsubscribeForItsTopicAndChannel() throws Exception {
        requests.request(List.of(notice("mail-1", "incident:i-2:declared", DELIVERY)));
        awaitSettled("mail-1", "incident:i-2:declared");

        MimeMessage mail = SMTP.getReceivedMessagesForDomain("mail-1@example.com")[0];
        assertThat(mail.getHeader("List-Unsubscribe")[0])
                .isEqualTo("<https://cmr.example/api/v1/unsubscribe?token=tok-mail-1-EMAIL>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.getSubject()).isEqualTo("Incident : Hub closed");
        String body = decodedBody(mail);
        assertThat(body).contains("text/plain").contains("text/html").contains("The hub is closed.")
                .contains("https://cmr.example/preferences?topic=delivery-updates&channel=EMAIL")
                // The text's link opens the portal's confirmation page; only the header posts at once.
                .contains("https://cmr.example/unsubscribe?token=tok-mail-1-EMAIL")
                .doesNotContain("https://cmr.example/api/v1/unsubscribe");
        assertThat(mail.getContent()).isInstanceOf(MimeMultipart.class);
        OutboxItem sent = item("mail-1", "incident:i-2:declared", CustomerChannel.EMAIL);
        assertThat(sent.sentTo()).isEqualTo("mail-1@example.com");
        assertThat(sent.contactPointId()).isEqualTo("cp-email");
        assertThat(sent.preferenceVersion()).isEqualTo(3);
        assertThat(sent.consentEntryId()).isEqualTo("mail-1:3:delivery-updates:EMAIL");
    }

    @Test
    void anSmsIsWrittenWhereAPersonCanReadItAndCarriesItsLinks() throws IOException {
        requests.request(List.of(new NoticeRequest("sms-1", "order:S-1:shipped", DELIVERY, "SHIPPED", List.of("S-1"), null,
                Map.of("orderId", "S-1", "eta", "2026-12-01"), Instant.now())));
        awaitSettled("sms-1", "order:S-1:shipped");

        String written = Files.readString(SMS.resolve("+33612345678.txt"), StandardCharsets.UTF_8);
        // The real SHIPPED template: the order, when it comes, and the link to follow it.
        assertThat(written).contains("sms-1|order:S-1:shipped|SMS").contains("S-1").contains("2026-12-01")
                .contains("https://cmr.example/orders/S-1");
    }

    @Test
    void anOptedOutCustomerIsNotToldAndTheNoticeCitesTheLedgerEntry() {
        requests.request(List.of(notice("optout-1", "incident:i-4:declared", DELIVERY)));
        awaitSettled("optout-1", "incident:i-4:declared");

        OutboxItem email = item("optout-1", "incident:i-4:declared", CustomerChannel.EMAIL);
        assertThat(email.state()).isEqualTo(ItemState.SUPPRESSED);
        assertThat(email.reason()).isEqualTo("OPTED_OUT");
        assertThat(email.consentEntryId()).isEqualTo("optout-1:3:delivery-updates:EMAIL");
        assertThat(SMTP.getReceivedMessagesForDomain("optout-1@example.com")).isEmpty();
    }

    @Test
    void quietHoursAndDigestsHoldTheNoticeBackUntilTheirTime() {
        requests.request(List.of(notice("quiet-1", "incident:i-5:declared", DELIVERY),
                notice("digest-1", "incident:i-5:declared", DELIVERY)));
        awaitSettled("quiet-1", "incident:i-5:declared");
        awaitSettled("digest-1", "incident:i-5:declared");

        OutboxItem quiet = item("quiet-1", "incident:i-5:declared", CustomerChannel.IN_APP);
        assertThat(quiet.state()).isEqualTo(ItemState.SCHEDULED);
        assertThat(quiet.delayRule()).isEqualTo("QUIET_HOURS");
        assertThat(quiet.dueAt()).isAfter(Instant.now().plus(Duration.ofHours(7)));
        assertThat(item("digest-1", "incident:i-5:declared", CustomerChannel.EMAIL).delayRule()).isEqualTo("DAILY_DIGEST");
        assertThat(SMTP.getReceivedMessagesForDomain("quiet-1@example.com")).isEmpty();
    }

    @Test
    void aDailyDigestGathersTheNoticesDueAtItsTimeIntoOneMessagePerChannel() throws Exception {
        requests.request(List.of(notice("digestsoon-1", "incident:i-12:declared", DELIVERY),
                new NoticeRequest("digestsoon-1", "incident:i-12:update:1", DELIVERY, "INCIDENT_UPDATED", List.of(),
                        "inc-i-12", Map.of("title", "Hub reopening", "message", "The hub reopens."), Instant.now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<OutboxItem> items = outbox.ofNotices("digestsoon-1", List.of("incident:i-12:declared",
                    "incident:i-12:update:1"));
            return items.size() == 6 && items.stream().allMatch(item -> item.state() == ItemState.SENT);
        });

        MimeMessage[] mails = SMTP.getReceivedMessagesForDomain("digestsoon-1@example.com");
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("Incident : Hub closed (+1)");
        assertThat(decodedBody(mails[0])).contains("The hub is closed.").contains("The hub reopens.");
        api.get().uri("/api/v1/notifications").header(HttpHeaders.AUTHORIZATION, tokens.customer("digestsoon-1").bearer())
                .exchange().expectBody().jsonPath("$.items.length()").isEqualTo(1);
    }

    @Test
    void aPausedCustomerHearsOnlyOfMandatoryTopics() {
        requests.request(List.of(notice("paused-1", "incident:i-6:declared", DELIVERY),
                notice("paused-1", "security:s-1", NotificationStubs.MANDATORY_TOPIC)));
        awaitSettled("paused-1", "incident:i-6:declared");
        awaitSettled("paused-1", "security:s-1");

        assertThat(itemsOf("paused-1", "incident:i-6:declared")).singleElement()
                .satisfies(item -> assertThat(item.reason()).isEqualTo("PAUSED"));
        assertThat(item("paused-1", "security:s-1", CustomerChannel.EMAIL).state()).isEqualTo(ItemState.SENT);
        assertThat(SMTP.getReceivedMessagesForDomain("paused-1@example.com")).hasSize(1);
    }

    @Test
    void aCustomerUnknownToProfileServiceOrATopicUnknownToPreferenceServiceIsSuppressedSayingWhy() {
        requests.request(List.of(notice("unknown-1", "incident:i-7:declared", DELIVERY),
                notice("topicless-1", "incident:i-7:declared", "no-such-topic")));
        awaitSettled("unknown-1", "incident:i-7:declared");
        awaitSettled("topicless-1", "incident:i-7:declared");

        assertThat(itemsOf("unknown-1", "incident:i-7:declared")).singleElement()
                .satisfies(item -> assertThat(item.reason()).isEqualTo("UNKNOWN_CUSTOMER"));
        assertThat(itemsOf("topicless-1", "incident:i-7:declared")).singleElement()
                .satisfies(item -> assertThat(item.reason()).isEqualTo("UNKNOWN_TOPIC"));
    }

    @Test
    void whilePreferenceServiceIsDownNoticesWaitAndAllAreSentOnceWhenItReturns() {
        NotificationStubs.PREFERENCE_UP.set(false);
        int refused = NotificationStubs.REFUSED_PLANS.get();
        List<NoticeRequest> batch = IntStream.range(0, 30)
                .mapToObj(i -> notice("outage-" + i, "incident:i-8:declared", DELIVERY)).toList();
        requests.request(batch);
        await().atMost(Duration.ofSeconds(30)).until(() -> NotificationStubs.REFUSED_PLANS.get() >= refused + 2);
        assertThat(batch).allSatisfy(request -> assertThat(itemsOf(request.customerId(), request.noticeKey())).isEmpty());

        NotificationStubs.PREFERENCE_UP.set(true);
        batch.forEach(request -> awaitSettled(request.customerId(), request.noticeKey()));
        assertThat(batch).allSatisfy(request -> {
            assertThat(itemsOf(request.customerId(), request.noticeKey())).hasSize(3)
                    .allSatisfy(item -> assertThat(item.state()).isEqualTo(ItemState.SENT));
            assertThat(SMTP.getReceivedMessagesForDomain(request.customerId() + "@example.com")).hasSize(1);
        });
        NoticeCounts.Counts incident = counts.ofIncident("inc-incident:i-8:declared");
        assertThat(incident.customers()).isEqualTo(30);
        assertThat(incident.sent()).containsEntry(CustomerChannel.EMAIL, 30L).containsEntry(CustomerChannel.IN_APP, 30L);
    }

    @Test
    void whileProfileServiceIsDownMessagesWaitWithoutSpendingTriesAndEachGoesOnceWhenItReturns() {
        NotificationStubs.PROFILE_UP.set(false);
        int refused = NotificationStubs.REFUSED_LOOKUPS.get();
        List<NoticeRequest> batch = IntStream.range(0, 10)
                .mapToObj(i -> notice("profiledown-" + i, "incident:i-11:declared", DELIVERY)).toList();
        requests.request(batch);
        await().atMost(Duration.ofSeconds(30)).until(() -> NotificationStubs.REFUSED_LOOKUPS.get() >= refused + 30);
        assertThat(batch).allSatisfy(request -> assertThat(item(request.customerId(), request.noticeKey(),
                CustomerChannel.EMAIL).state()).isIn(ItemState.FAILED, ItemState.SENDING, ItemState.PLANNED));

        NotificationStubs.PROFILE_UP.set(true);
        batch.forEach(request -> awaitSettled(request.customerId(), request.noticeKey()));
        assertThat(batch).allSatisfy(request -> {
            assertThat(itemsOf(request.customerId(), request.noticeKey()))
                    .allSatisfy(item -> assertThat(item.state()).isEqualTo(ItemState.SENT));
            assertThat(item(request.customerId(), request.noticeKey(), CustomerChannel.EMAIL).attempts()).isEqualTo(1);
            assertThat(SMTP.getReceivedMessagesForDomain(request.customerId() + "@example.com")).hasSize(1);
        });
    }

    @Test
    void theInboxListsMyNotificationsNewestFirstCountsUnreadAndMarksThemRead() {
        requests.request(List.of(notice("inbox-1", "incident:i-9:declared", DELIVERY)));
        awaitSettled("inbox-1", "incident:i-9:declared");
        requests.request(List.of(notice("inbox-1", "incident:i-9:update:1", DELIVERY)));
        awaitSettled("inbox-1", "incident:i-9:update:1");
        String bearer = tokens.customer("inbox-1").bearer();

        String newest = item("inbox-1", "incident:i-9:update:1", CustomerChannel.IN_APP).id();
        api.get().uri("/api/v1/notifications?limit=1").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.unread").isEqualTo(2)
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(newest)
                .jsonPath("$.next").isNotEmpty();
        api.post().uri("/api/v1/notifications/{id}/read", newest).header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.readAt").isNotEmpty();
        api.get().uri("/api/v1/notifications").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectBody().jsonPath("$.unread").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(newest)
                .jsonPath("$.items[1].readAt").doesNotExist();
        api.post().uri("/api/v1/notifications/{id}/read", newest)
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("someone-else").bearer()).exchange()
                .expectStatus().isNotFound();
        api.get().uri("/api/v1/notifications?cursor=%%%").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void carrierEventsTellTheOwnerOnceAndNeverOfAStepTheParcelWentPast() {
        createOrder("N-1", "news-1", "TRK-N1");
        Instant now = Instant.now();
        event("TRK-N1", "n1-1", "DELIVERED", now.minusSeconds(60));
        event("TRK-N1", "n1-1", "DELIVERED", now.minusSeconds(60));
        event("TRK-N1", "n1-0", "PICKED_UP", now.minusSeconds(3600));

        await().atMost(Duration.ofSeconds(30)).until(() -> notices.of("news-1", "N-1").size() == 1
                && !itemsOf("news-1", "order:N-1:status:DELIVERED").isEmpty());
        awaitSettled("news-1", "order:N-1:status:DELIVERED");
        api.get().uri("/api/v1/orders/N-1/notices").header(HttpHeaders.AUTHORIZATION, tokens.customer("news-1").bearer())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].kind").isEqualTo("DELIVERED")
                .jsonPath("$[0].topicId").isEqualTo(DELIVERY)
                .jsonPath("$[0].channels[?(@.channel=='EMAIL')].outcome").isEqualTo(List.of("SENT"))
                .jsonPath("$[0].channels[?(@.channel=='EMAIL')].sentTo").isEqualTo(List.of("news-1@example.com"))
                .jsonPath("$[0].channels[?(@.channel=='EMAIL')].consentEntryId")
                .isEqualTo(List.of("news-1:3:delivery-updates:EMAIL"));
        assertThat(sentNotices.sentBefore("news-1", "N-1", Instant.now().plusSeconds(1))).singleElement()
                .satisfies(sent -> assertThat(sent.kind()).isEqualTo("DELIVERED"));
    }

    @Test
    void onlyTheOwnerSupportAndAdminsSeeAnOrdersNoticesAndSupportReadsAreAudited() {
        createOrder("N-2", "quiet-2", "TRK-N2");
        event("TRK-N2", "n2-1", "PICKED_UP", Instant.now().minusSeconds(60));
        await().atMost(Duration.ofSeconds(30)).until(() -> !itemsOf("quiet-2", "order:N-2:status:SHIPPED").isEmpty());

        api.get().uri("/api/v1/orders/N-2/notices").header(HttpHeaders.AUTHORIZATION, tokens.customer("quiet-2").bearer())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].channels[?(@.channel=='SMS')].outcome").isEqualTo(List.of("DELAYED"))
                .jsonPath("$[0].channels[?(@.channel=='SMS')].rule").isEqualTo(List.of("QUIET_HOURS"));
        api.get().uri("/api/v1/orders/N-2/notices").header(HttpHeaders.AUTHORIZATION, tokens.customer("intruder").bearer())
                .exchange().expectStatus().isNotFound();
        api.get().uri("/api/v1/orders/N-2/notices")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("agent-7").roles("support").bearer())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
        assertThat(audit.of("quiet-2")).anySatisfy(read -> {
            assertThat(read.agent()).isEqualTo("agent-7");
            assertThat(read.orderId()).isEqualTo("N-2");
        });
    }

    @Test
    void aCustomersNoticesAndInboxAreExportedAndErased() {
        requests.request(List.of(notice("erase-1", "incident:i-10:declared", DELIVERY)));
        awaitSettled("erase-1", "incident:i-10:declared");
        String service = tokens.partner("profile-service", "internal").bearer();
        database.getCollection("order_news", StoredNews.class).insertOne(new StoredNews("E-1:status:DELIVERED",
                new OrderNews("E-1:status:DELIVERED", "E-1", "demo-merchant", "erase-1", "DELIVERED", Instant.now(),
                        Map.of()), true, Instant.now()));

        api.get().uri("/internal/v1/customers/erase-1/export").header(HttpHeaders.AUTHORIZATION, service).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.notices.length()").isEqualTo(1)
                .jsonPath("$.noticeDeliveries.length()").isEqualTo(3)
                .jsonPath("$.inbox.length()").isEqualTo(1);
        api.delete().uri("/internal/v1/customers/erase-1").header(HttpHeaders.AUTHORIZATION, service).exchange()
                .expectStatus().isNoContent();
        api.get().uri("/internal/v1/customers/erase-1/export").header(HttpHeaders.AUTHORIZATION, service).exchange()
                .expectBody()
                .jsonPath("$.notices").isEmpty()
                .jsonPath("$.noticeDeliveries").isEmpty()
                .jsonPath("$.inbox").isEmpty();
        assertThat(database.getCollection("order_news").countDocuments(Filters.eq("news.customerId", "erase-1"))).isZero();
    }

    @Test
    void newsLeftUntoldByACrashIsFoundAndToldOnce() {
        Instant now = Instant.now();
        // The order was written, and the process stopped before its news was derived.
        database.getCollection("orders", Order.class).insertOne(new Order("N-3", "demo-merchant", "redriven-1", null,
                now, List.of(), new Order.Address("Kim", List.of("1 rue"), "69001", "Lyon", "FR"),
                new PromisedWindow(now.plusSeconds(86_400), now.plusSeconds(2 * 86_400)), List.of(new Order.Shipment("demo-carrier", "TRK-N3", List.of(), List.of(),
                        ShipmentStatus.IN_TRANSIT, null)), ShipmentStatus.IN_TRANSIT, null, Punctuality.ON_TIME, List.of(),
                null, 1, now, now));
        // The news was stored, and the process stopped before the listeners heard it.
        database.getCollection("order_news", StoredNews.class).insertOne(new StoredNews("N-4:status:DELIVERED",
                new OrderNews("N-4:status:DELIVERED", "N-4", "demo-merchant", "redriven-2", "DELIVERED", now, Map.of()),
                false, now.minusSeconds(60)));

        await().atMost(Duration.ofSeconds(30)).until(() -> notices.of("redriven-1", "N-3").size() == 1
                && notices.of("redriven-2", "N-4").size() == 1);
        awaitSettled("redriven-1", "order:N-3:status:SHIPPED");
        awaitSettled("redriven-2", "order:N-4:status:DELIVERED");
        assertThat(SMTP.getReceivedMessagesForDomain("redriven-1@example.com")).hasSize(1);
        assertThat(SMTP.getReceivedMessagesForDomain("redriven-2@example.com")).hasSize(1);
    }

    private void createOrder(String orderId, String customerId, String trackingNumber) {
        Instant now = Instant.now();
        api.put().uri("/api/v1/orders/{id}", orderId)
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:write").bearer())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"customerId":"%s","placedAt":"%s","lines":[{"sku":"A","name":"A","quantity":1}],
                         "shippingAddress":{"name":"Kim","lines":["1 rue"],"postalCode":"69001","city":"Lyon","country":"FR"},
                         "promisedWindow":{"start":"%s","end":"%s"},
                         "shipments":[{"carrier":"demo-carrier","trackingNumber":"%s","lines":[]}]}"""
                        .formatted(customerId, now.minusSeconds(7200), now.plusSeconds(86_400), now.plusSeconds(2 * 86_400),
                                trackingNumber))
                .exchange().expectStatus().isCreated();
    }

    private void event(String trackingNumber, String eventId, String type, Instant at) {
        api.post().uri("/api/v1/carriers/demo-carrier/shipments/{tn}/events", trackingNumber)
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-carrier", "tracking:write").bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"eventId\":\"%s\",\"type\":\"%s\",\"occurredAt\":\"%s\"}".formatted(eventId, type, at))
                .exchange().expectStatus().isOk();
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    private static Path smsDir() {
        try {
            return Files.createTempDirectory("cmr-notification-sms");
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
