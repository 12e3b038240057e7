package io.cmr.profile.contact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import io.cmr.profile.MovableClock;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
@Import(MovableClock.Config.class)
class ContactPointsTest {

    private static final GreenMail SMTP = start();
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final String POINTS = "/api/v1/profile/me/contact-points";

    @TempDir
    static Path smsOutbox;

    private final TestTokens tokens;
    private final MovableClock clock;
    private final MongoDatabase database;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    ContactPointsTest(TestTokens tokens, @Autowired MovableClock clock, @Autowired MongoDatabase database) {
        this.tokens = tokens;
        this.clock = clock;
        this.database = database;
    }

    @DynamicPropertySource
    static void mailAndSms(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("cmr.profile.sms-outbox", () -> smsOutbox.toString());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aCustomerAddsAnEmailAndVerifiesItWithTheCodeTheyReceived() {
        String token = customer("mail-customer");

        String id = add(token, "{\"type\":\"EMAIL\",\"label\":\"Work\",\"value\":\"Mail.Customer@Work.example\"}")
                .expectStatus().isCreated()
                .expectHeader().exists(HttpHeaders.LOCATION)
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        assertThat(pointOf(token, id)).containsEntry("status", "UNVERIFIED").containsEntry("primary", false);
        String code = codeMailedTo("Mail.Customer@Work.example");

        verify(token, id, code).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("VERIFIED").jsonPath("$.primary").isEqualTo(true);
        verify(token, id, code).expectStatus().isEqualTo(409);
        api.get().uri("/internal/v1/contact-points/by-email?address=mail.customer@work.example")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("order-status-service", "internal").bearer())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.customerId").isEqualTo("mail-customer");
    }

    @Test
    void aPhoneIsVerifiedWithTheCodeSentBySms() throws IOException {
        String token = customer("phone-customer");

        String id = idOf(add(token, "{\"type\":\"PHONE\",\"label\":\"Mobile\",\"value\":\"+33611223344\"}"));
        Path sms = smsOutbox.resolve("+33611223344.txt");
        await().until(() -> Files.exists(sms));

        verify(token, id, lastCode(Files.readString(sms))).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("VERIFIED");
        api.get().uri("/internal/v1/customers/phone-customer/contact-points")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("preference-service", "internal").bearer())
                .exchange().expectBody().jsonPath("$[0].value").isEqualTo("+33611223344");
    }

    @Test
    void theCodeIsStoredOnlyHashed() throws IOException {
        String token = customer("hashed-customer");
        add(token, "{\"type\":\"PHONE\",\"value\":\"+33600000001\"}").expectStatus().isCreated();
        String code = lastCode(Files.readString(smsOutbox.resolve("+33600000001.txt")));

        Document stored = database.getCollection("profiles").find(Filters.eq("_id", "hashed-customer")).first();

        assertThat(stored.toJson()).doesNotContain("\"" + code + "\"").contains("hash");
    }

    @Test
    void fiveWrongTriesLockTheCodeAndAnExpiredCodeIsRefused() throws IOException {
        String token = customer("guessing-customer");
        String id = idOf(add(token, "{\"type\":\"PHONE\",\"value\":\"+33600000002\"}"));
        String code = lastCode(Files.readString(smsOutbox.resolve("+33600000002.txt")));
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            verify(token, id, wrong).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("code");
        }
        verify(token, id, code).expectStatus().isBadRequest();

        clock.advance(Duration.ofSeconds(31));
        newCode(token, id).expectStatus().isAccepted();
        String fresh = lastCode(Files.readString(smsOutbox.resolve("+33600000002.txt")));
        clock.advance(Duration.ofMinutes(10));
        verify(token, id, fresh).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].message").value(message -> assertThat(message.toString()).contains("expired"));
        assertThat(pointOf(token, id)).containsEntry("status", "UNVERIFIED");
    }

    @Test
    void newCodesAreLimitedToOneEveryThirtySecondsAndFiveAnHour() {
        String token = customer("impatient-customer");
        String id = idOf(add(token, "{\"type\":\"PHONE\",\"value\":\"+33600000003\"}"));

        newCode(token, id).expectStatus().isEqualTo(429).expectHeader().valueEquals("Retry-After", "30");
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(30));
            newCode(token, id).expectStatus().isAccepted();
        }
        clock.advance(Duration.ofSeconds(30));
        newCode(token, id).expectStatus().isEqualTo(429)
                .expectHeader().value("Retry-After", value -> assertThat(Long.parseLong(value)).isGreaterThan(30));
    }

    @Test
    void onePrimaryPerTypeAndOnlyAVerifiedPointCanBeIt() throws IOException {
        String token = customer("two-phones-customer");
        String first = idOf(add(token, "{\"type\":\"PHONE\",\"value\":\"+33600000004\"}"));
        verify(token, first, lastCode(Files.readString(smsOutbox.resolve("+33600000004.txt")))).expectStatus().isOk();
        String second = idOf(add(token, "{\"type\":\"PHONE\",\"value\":\"+33600000005\"}"));

        api.post().uri(POINTS + "/" + second + "/primary").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isEqualTo(409);
        verify(token, second, lastCode(Files.readString(smsOutbox.resolve("+33600000005.txt")))).expectStatus().isOk()
                .expectBody().jsonPath("$.primary").isEqualTo(false);
        api.post().uri(POINTS + "/" + second + "/primary").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.primary").isEqualTo(true);

        assertThat(pointOf(token, first)).containsEntry("primary", false);
    }

    @Test
    void theSameAddressTwiceIsAConflictAndTwentyPointsIsTheMost() {
        String token = customer("collector-customer");
        add(token, "{\"type\":\"EMAIL\",\"value\":\"same@example.com\"}").expectStatus().isCreated();
        add(token, "{\"type\":\"EMAIL\",\"value\":\"SAME@example.com\"}").expectStatus().isEqualTo(409);
        for (int i = 1; i < 20; i++) {
            add(token, postal("Street " + i)).expectStatus().isCreated();
        }

        add(token, postal("Street 20")).expectStatus().isEqualTo(409);
        assertThat(list(token)).hasSize(20);
    }

    @Test
    void aPostalAddressIsTakenAsTheCustomerGivesIt() {
        String token = customer("postal-customer");

        add(token, postal("1 rue de la Paix")).expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.status").isEqualTo("VERIFIED")
                .jsonPath("$.primary").isEqualTo(true)
                .jsonPath("$.postal.country").isEqualTo("FR")
                .jsonPath("$.value").doesNotExist();
    }

    @Test
    void badContactPointsAreNamedAndNothingIsStored() {
        String token = customer("careless-adder");

        bad(token, "{\"type\":\"EMAIL\",\"value\":\"not-an-email\"}", "value");
        bad(token, "{\"type\":\"PHONE\",\"value\":\"06 12 34 56 78\"}", "value");
        bad(token, "{\"type\":\"FAX\",\"value\":\"+33612345678\"}", "type");
        bad(token, "{\"type\":\"EMAIL\",\"label\":\"" + "x".repeat(51) + "\",\"value\":\"a@example.com\"}", "label");
        bad(token, "{\"type\":\"EMAIL\",\"value\":{\"$ne\":null}}", "value");
        bad(token, "{\"type\":\"EMAIL\",\"value\":\"a@example.com\",\"verified\":true}", "verified");
        bad(token, "{\"type\":\"POSTAL\",\"postal\":{\"lines\":[\"x\"],\"city\":\"Paris\",\"country\":\"ZZ\"}}",
                "postal.country");
        assertThat(list(token)).isEmpty();
    }

    @Test
    void aCustomerCannotTouchAnotherCustomersPoints() {
        String owner = customer("owner-customer");
        String id = idOf(add(owner, "{\"type\":\"EMAIL\",\"value\":\"owner@example.com\"}"));
        String other = customer("other-customer");

        api.delete().uri(POINTS + "/" + id).header(HttpHeaders.AUTHORIZATION, other).exchange()
                .expectStatus().isNotFound();
        verify(other, id, "123456").expectStatus().isNotFound();
        api.delete().uri(POINTS + "/" + id).header(HttpHeaders.AUTHORIZATION, owner).exchange()
                .expectStatus().isNoContent();
        api.delete().uri(POINTS + "/" + id).header(HttpHeaders.AUTHORIZATION, owner).exchange()
                .expectStatus().isNotFound();
        assertThat(list(owner)).isEmpty();
    }

    private String customer(String subject) {
        return tokens.customer(subject).bearer();
    }

    private RestTestClient.ResponseSpec add(String token, String body) {
        return api.post().uri(POINTS).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private RestTestClient.ResponseSpec verify(String token, String id, String code) {
        return api.post().uri(POINTS + "/" + id + "/verification").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body("{\"code\":\"" + code + "\"}").exchange();
    }

    private RestTestClient.ResponseSpec newCode(String token, String id) {
        return api.post().uri(POINTS + "/" + id + "/verification-code").header(HttpHeaders.AUTHORIZATION, token)
                .exchange();
    }

    private void bad(String token, String body, String field) {
        add(token, body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains(field));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String token) {
        return api.get().uri(POINTS).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
    }

    private Map<String, Object> pointOf(String token, String id) {
        return list(token).stream().filter(point -> id.equals(point.get("id"))).findFirst().orElseThrow();
    }

    private static String idOf(RestTestClient.ResponseSpec created) {
        return created.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id")
                .toString();
    }

    private static String postal(String line) {
        return "{\"type\":\"POSTAL\",\"label\":\"Home\",\"postal\":{\"lines\":[\"" + line
                + "\"],\"postalCode\":\"75002\",\"city\":\"Paris\",\"country\":\"FR\"}}";
    }

    private static String codeMailedTo(String address) {
        await().until(() -> List.of(SMTP.getReceivedMessagesForDomain(address)).size() > 0);
        MimeMessage[] messages = SMTP.getReceivedMessagesForDomain(address);
        return lastCode(GreenMailUtil.getBody(messages[messages.length - 1]));
    }

    private static String lastCode(String text) {
        Matcher matcher = CODE.matcher(text);
        String code = null;
        while (matcher.find()) {
            code = matcher.group(1);
        }
        assertThat(code).as("a code in %s", text).isNotNull();
        return code;
    }

    private static GreenMail start() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }
}
