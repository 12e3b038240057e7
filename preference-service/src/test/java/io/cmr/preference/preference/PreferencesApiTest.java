package io.cmr.preference.preference;

import java.util.List;

import io.cmr.platform.test.AtOnce;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import io.cmr.preference.ProfileServiceStub;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;


import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@ExtendWith(ProfileServiceStub.class)
class PreferencesApiTest {

    private static final String SMS_OFF_FOR_DELIVERIES = """
            {"topics":[{"topicId":"delivery-updates","channels":["EMAIL","IN_APP"]}]}""";

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    PreferencesApiTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aCustomerWhoNeverChoseGetsTheCatalogDefaults() {
        api.get().uri("/api/v1/preferences/me").header(HttpHeaders.AUTHORIZATION, customer("never-chose")).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
                .expectBody()
                .jsonPath("$.timezone").isEqualTo("Europe/Paris")
                .jsonPath("$.paused").isEqualTo(false)
                .jsonPath("$.topics[?(@.topicId=='marketing-offers')].channels[0]").doesNotExist()
                .jsonPath("$.topics[?(@.topicId=='delivery-updates')].channels[1]").isEqualTo("SMS")
                .jsonPath("$.topics[?(@.topicId=='account-security')].mandatory").isEqualTo(true);
    }

    @Test
    void aCustomerTurnsSmsOffForDeliveriesAndTheLedgerKeepsTheChange() {
        patch("sms-off", "\"0\"", SMS_OFF_FOR_DELIVERIES).expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.topics[?(@.topicId=='delivery-updates')].channels[*]")
                .value(channels -> assertThat(channels).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("EMAIL", "IN_APP"));

        api.get().uri("/api/v1/preferences/me/consents").header(HttpHeaders.AUTHORIZATION, customer("sms-off")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.entries.length()").isEqualTo(1)
                .jsonPath("$.entries[0].topicId").isEqualTo("delivery-updates")
                .jsonPath("$.entries[0].channel").isEqualTo("SMS")
                .jsonPath("$.entries[0].before").isEqualTo(true)
                .jsonPath("$.entries[0].after").isEqualTo(false)
                .jsonPath("$.entries[0].actor").isEqualTo("customer")
                .jsonPath("$.entries[0].clientId").isEqualTo("portal")
                .jsonPath("$.entries[0].wordingVersion").isEqualTo(1)
                .jsonPath("$.next").doesNotExist();
    }

    @Test
    void theWholeDocumentIsReplacedWithQuietHoursDigestAndPause() {
        String whole = """
                {"timezone":"America/New_York","quietHours":{"start":"22:00","end":"07:00"},"paused":true,
                 "topics":[{"topicId":"order-updates","channels":["EMAIL"],"contactPoints":{"EMAIL":"cp-email"},
                            "deliveryMode":"DAILY_DIGEST","digestTime":"18:30"},
                           {"topicId":"service-incidents","channels":["SMS"],"urgent":true}]}""";
        api.put().uri("/api/v1/preferences/me").header(HttpHeaders.AUTHORIZATION, customer("replaces"))
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).body(whole).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.timezone").isEqualTo("America/New_York")
                .jsonPath("$.quietHours.start").isEqualTo("22:00")
                .jsonPath("$.paused").isEqualTo(true)
                .jsonPath("$.topics[?(@.topicId=='order-updates')].digestTime").isEqualTo("18:30")
                .jsonPath("$.topics[?(@.topicId=='order-updates')].contactPoints.EMAIL").isEqualTo("cp-email")
                .jsonPath("$.topics[?(@.topicId=='service-incidents')].urgent").isEqualTo(true);
    }

    @Test
    void aChangeMustSayWhichVersionItChanges() {
        patch("no-if-match", null, SMS_OFF_FOR_DELIVERIES).expectStatus().isEqualTo(428);
        patch("stale", "\"0\"", SMS_OFF_FOR_DELIVERIES).expectStatus().isOk();
        patch("stale", "\"0\"", SMS_OFF_FOR_DELIVERIES).expectStatus().isEqualTo(412)
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
    }

    @Test
    void ofTwoChangesFromTheSameVersionAtOnceOnlyOneIsSaved() throws InterruptedException {
        List<Integer> statuses = AtOnce.run(6, i -> patch("racer", "\"0\"", SMS_OFF_FOR_DELIVERIES)
                .returnResult(String.class).getStatus().value());

        assertThat(statuses).containsOnly(200, 412).filteredOn(status -> status == 200).hasSize(1);
        api.get().uri("/api/v1/preferences/me/consents").header(HttpHeaders.AUTHORIZATION, customer("racer")).exchange()
                .expectBody().jsonPath("$.entries.length()").isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown topic|{\"topics\":[{\"topicId\":\"weather\",\"channels\":[\"EMAIL\"]}]}|topics[0].topicId",
            "channel not allowed|{\"topics\":[{\"topicId\":\"marketing-offers\",\"channels\":[\"IN_APP\"]}]}|topics[0].channels",
            "duplicate channel|{\"topics\":[{\"topicId\":\"order-updates\",\"channels\":[\"SMS\",\"SMS\"]}]}|topics[0].channels",
            "duplicate topic|{\"topics\":[{\"topicId\":\"order-updates\",\"channels\":[]},{\"topicId\":\"order-updates\",\"channels\":[]}]}|topics[1].topicId",
            "invalid digest time|{\"topics\":[{\"topicId\":\"order-updates\",\"channels\":[],\"deliveryMode\":\"DAILY_DIGEST\",\"digestTime\":\"25:00\"}]}|topics[0].digestTime",
            "digest without time|{\"topics\":[{\"topicId\":\"order-updates\",\"channels\":[],\"deliveryMode\":\"DAILY_DIGEST\"}]}|topics[0].digestTime",
            "quiet hours of no length|{\"quietHours\":{\"start\":\"22:00\",\"end\":\"22:00\"}}|quietHours",
            "invalid quiet time|{\"quietHours\":{\"start\":\"9pm\",\"end\":\"07:00\"}}|quietHours.start",
            "unknown timezone|{\"timezone\":\"Mars/Olympus\"}|timezone",
            "contact point of a channel not chosen|{\"topics\":[{\"topicId\":\"order-updates\",\"channels\":[\"SMS\"],\"contactPoints\":{\"EMAIL\":\"cp-email\"}}]}|topics[0].contactPoints.EMAIL",
    })
    void invalidPreferencesAreRefusedNamingWhatIsWrongAndNothingChanges(String what, String body, String field) {
        patch("invalid-" + field.hashCode(), "\"0\"", body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[?(@.field=='" + field + "')]").exists();

        api.get().uri("/api/v1/preferences/me").header(HttpHeaders.AUTHORIZATION, customer("invalid-" + field.hashCode()))
                .exchange().expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"");
    }

    @Test
    void unknownChannelsAndFieldsAreRefused() {
        patch("unknown-channel", "\"0\"", "{\"topics\":[{\"topicId\":\"order-updates\",\"channels\":[\"FAX\"]}]}")
                .expectStatus().isBadRequest();
        patch("unknown-field", "\"0\"", "{\"pause\":true}").expectStatus().isBadRequest();
    }

    @Test
    void theLastChannelOfAMandatoryTopicCannotBeTurnedOff() {
        patch("mandatory", "\"0\"", "{\"topics\":[{\"topicId\":\"account-security\",\"channels\":[]}]}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("topics[0].channels");
    }

    @Test
    void onlyTheCustomersOwnVerifiedContactPointsOfTheChannelsKindCanBeChosen() {
        patch("not-mine", "\"0\"", "{\"topics\":[{\"topicId\":\"order-updates\",\"channels\":[\"EMAIL\"],"
                + "\"contactPoints\":{\"EMAIL\":\"cp-someone-elses\"}}]}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("topics[0].contactPoints.EMAIL");
        patch("not-mine", "\"0\"", "{\"topics\":[{\"topicId\":\"order-updates\",\"channels\":[\"SMS\"],"
                + "\"contactPoints\":{\"SMS\":\"cp-email\"}}]}")
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("topics[0].contactPoints.SMS");
        patch("not-mine", "\"0\"", "{\"topics\":[{\"topicId\":\"order-updates\",\"channels\":[\"SMS\"],"
                + "\"contactPoints\":{\"SMS\":\"cp-phone\"}}]}")
                .expectStatus().isOk();
    }

    @Test
    void changingTheCatalogNeverChangesWhatACustomerChose() {
        patch("kept-choice", "\"0\"", "{\"paused\":false}").expectStatus().isOk();
        String admin = tokens.customer("ada").roles("admin").bearer();
        String topic = """
                {"name":{"fr":"Incidents","en":"Incidents"},"description":{"fr":"Incidents","en":"Incidents"},
                 "category":"TRANSACTIONAL","allowedChannels":["EMAIL","SMS","PUSH","IN_APP","POSTAL"],
                 "defaultChannels":["POSTAL"],"mandatory":false}""";
        String version = api.get().uri("/api/v1/topics").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .returnResult(String.class).getResponseBody();
        assertThat(version).contains("service-incidents");
        api.put().uri("/api/v1/admin/topics/service-incidents").header(HttpHeaders.AUTHORIZATION, admin)
                .header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON).body(topic).exchange()
                .expectStatus().isOk();

        api.get().uri("/api/v1/preferences/me").header(HttpHeaders.AUTHORIZATION, customer("kept-choice")).exchange()
                .expectBody().jsonPath("$.topics[?(@.topicId=='service-incidents')].channels[*]")
                .value(channels -> assertThat(channels).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("EMAIL", "IN_APP"));
        api.get().uri("/api/v1/preferences/me").header(HttpHeaders.AUTHORIZATION, customer("chose-later")).exchange()
                .expectBody().jsonPath("$.topics[?(@.topicId=='service-incidents')].channels[*]")
                .value(channels -> assertThat(channels).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly("POSTAL"));
    }

    @Test
    void aSupportAgentChangesChoicesOnTheCustomersInstructionAndTheLedgerSaysSo() {
        String agent = tokens.customer("sam").roles("support").claim("azp", "support-console").bearer();
        api.patch().uri("/api/v1/customers/phoned-in/preferences").header(HttpHeaders.AUTHORIZATION, agent)
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).body(SMS_OFF_FOR_DELIVERIES)
                .exchange().expectStatus().isOk();

        api.get().uri("/api/v1/preferences/me/consents").header(HttpHeaders.AUTHORIZATION, customer("phoned-in")).exchange()
                .expectBody()
                .jsonPath("$.entries[0].actor").isEqualTo("support")
                .jsonPath("$.entries[0].clientId").isEqualTo("support-console");
        api.get().uri("/api/v1/customers/phoned-in/preferences").header(HttpHeaders.AUTHORIZATION, customer("nosy")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void theLedgerIsReadNewestFirstPageByPage() {
        patch("pager", "\"0\"", SMS_OFF_FOR_DELIVERIES).expectStatus().isOk();
        patch("pager", "\"1\"", "{\"topics\":[{\"topicId\":\"marketing-offers\",\"channels\":[\"EMAIL\"]}]}").expectStatus().isOk();

        api.get().uri("/api/v1/preferences/me/consents?limit=1").header(HttpHeaders.AUTHORIZATION, customer("pager"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.entries[0].topicId").isEqualTo("marketing-offers");
        String next = nextCursor("pager");
        api.get().uri("/api/v1/preferences/me/consents?limit=1&cursor=" + next).header(HttpHeaders.AUTHORIZATION, customer("pager"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.entries[0].topicId").isEqualTo("delivery-updates")
                .jsonPath("$.next").doesNotExist();
        api.get().uri("/api/v1/preferences/me/consents?cursor=forged").header(HttpHeaders.AUTHORIZATION, customer("pager"))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void partnersCannotReadOrChangeACustomersPreferences() {
        api.get().uri("/api/v1/preferences/me").header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:write").bearer())
                .exchange().expectStatus().isForbidden();
        api.get().uri("/api/v1/preferences/me/consents").exchange().expectStatus().isUnauthorized();
    }

    private String nextCursor(String customerId) {
        String body = api.get().uri("/api/v1/preferences/me/consents?limit=1").header(HttpHeaders.AUTHORIZATION, customer(customerId))
                .exchange().returnResult(String.class).getResponseBody();
        return body.replaceAll("(?s).*\"next\":\"([^\"]+)\".*", "$1");
    }

    private RestTestClient.ResponseSpec patch(String customerId, String ifMatch, String body) {
        var request = api.patch().uri("/api/v1/preferences/me").header(HttpHeaders.AUTHORIZATION, customer(customerId))
                .contentType(MediaType.APPLICATION_JSON).body(body);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.exchange();
    }

    private String customer(String subject) {
        return tokens.customer(subject).claim("azp", "portal").bearer();
    }
}
