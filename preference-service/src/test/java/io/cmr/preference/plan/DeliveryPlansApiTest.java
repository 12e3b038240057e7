package io.cmr.preference.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import io.cmr.preference.ProfileServiceStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@ExtendWith(ProfileServiceStub.class)
@Import(DeliveryPlansApiTest.CountedReads.class)
class DeliveryPlansApiTest {

    private final TestTokens tokens;
    private RestTestClient api;

    @Autowired
    private CountedReads reads;

    @LocalServerPort
    private int port;

    DeliveryPlansApiTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aBatchOfAThousandCustomersIsPlannedWithOneReadOfTheirPreferencesAndOneCallToProfileService() {
        api.patch().uri("/api/v1/preferences/me").header(HttpHeaders.AUTHORIZATION, tokens.customer("planned-1").bearer())
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .body("{\"quietHours\":{\"start\":\"22:00\",\"end\":\"07:00\"},"
                        + "\"topics\":[{\"topicId\":\"delivery-updates\",\"channels\":[\"SMS\"],\"contactPoints\":{\"SMS\":\"cp-phone\"}}]}")
                .exchange().expectStatus().isOk();
        api.patch().uri("/api/v1/preferences/me").header(HttpHeaders.AUTHORIZATION, tokens.customer("planned-2").bearer())
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .body("{\"paused\":true}").exchange().expectStatus().isOk();
        List<String> ids = new ArrayList<>(List.of("planned-1", "planned-2"));
        IntStream.range(0, 998).forEach(i -> ids.add("never-chose-" + i));
        reads.preferenceReads.set(0);
        int lookups = ProfileServiceStub.lookups();

        plan("{\"topicId\":\"delivery-updates\",\"at\":\"2026-06-10T21:30:00Z\",\"customerIds\":" + json(ids) + "}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.plans.length()").isEqualTo(1000)
                .jsonPath("$.plans[0].customerId").isEqualTo("planned-1")
                .jsonPath("$.plans[0].status").isEqualTo("SEND")
                .jsonPath("$.plans[0].channels[0].channel").isEqualTo("SMS")
                .jsonPath("$.plans[0].channels[0].contactPointId").isEqualTo("cp-phone")
                .jsonPath("$.plans[0].channels[0].contactPoint.value").isEqualTo("+33612345678")
                .jsonPath("$.plans[0].sendAt").isEqualTo("2026-06-11T05:00:00Z")
                .jsonPath("$.plans[0].delay.rule").isEqualTo("QUIET_HOURS")
                .jsonPath("$.plans[0].delay.until").isEqualTo("2026-06-11T05:00:00Z")
                .jsonPath("$.plans[0].preferenceVersion").isEqualTo(1)
                .jsonPath("$.plans[0].consents[0].entryId").value(String.class,
                        id -> assertThat(id).startsWith("planned-1:1:delivery-updates:"))
                .jsonPath("$.plans[1].status").isEqualTo("SUPPRESSED")
                .jsonPath("$.plans[1].reason").isEqualTo("PAUSED")
                .jsonPath("$.plans[2].status").isEqualTo("SEND")
                .jsonPath("$.plans[2].sendAt").isEqualTo("2026-06-10T21:30:00Z")
                .jsonPath("$.plans[2].delay").doesNotExist()
                .jsonPath("$.plans[2].preferenceVersion").isEqualTo(0)
                .jsonPath("$.plans[2].consents").isEmpty()
                .jsonPath("$.plans[2].channels.length()").isEqualTo(3)
                .jsonPath("$.plans[2].channels[0].contactPoint.value").isEqualTo("someone@example.com");
        assertThat(reads.preferenceReads).hasValue(1);
        assertThat(ProfileServiceStub.lookups() - lookups).isEqualTo(1);
    }

    @Test
    void customersWhoCannotBeReachedAreSuppressedSayingWhy() {
        plan("{\"topicId\":\"account-security\",\"customerIds\":[\"unknown-1\",\"postal-only-1\",\"reachable-1\"]}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.plans[0].status").isEqualTo("SUPPRESSED")
                .jsonPath("$.plans[0].reason").isEqualTo("UNKNOWN_CUSTOMER")
                .jsonPath("$.plans[1].status").isEqualTo("SUPPRESSED")
                .jsonPath("$.plans[1].reason").isEqualTo("NO_VERIFIED_CONTACT_POINT")
                .jsonPath("$.plans[1].dropped[0].channel").isEqualTo("EMAIL")
                .jsonPath("$.plans[1].dropped[0].reason").isEqualTo("NO_VERIFIED_CONTACT_POINT")
                .jsonPath("$.plans[2].status").isEqualTo("SEND")
                .jsonPath("$.plans[2].channels[0].contactPointId").isEqualTo("cp-email");
    }

    @Test
    void aChannelWithoutAContactPointIsDroppedAndTheOthersAreKept() {
        plan("{\"topicId\":\"delivery-updates\",\"customerIds\":[\"postal-only-2\"]}").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.plans[0].status").isEqualTo("SEND")
                .jsonPath("$.plans[0].channels.length()").isEqualTo(1)
                .jsonPath("$.plans[0].channels[0].channel").isEqualTo("IN_APP")
                .jsonPath("$.plans[0].channels[0].contactPoint").isEmpty()
                .jsonPath("$.plans[0].dropped[*].channel").isEqualTo(List.of("EMAIL", "SMS"));
    }

    @Test
    void whenProfileServiceDoesNotAnswerNoPlanIsGuessed() {
        plan("{\"topicId\":\"delivery-updates\",\"customerIds\":[\"reachable-2\",\"profile-down\"]}")
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.plans").doesNotExist();
    }

    @Test
    void anOptInTopicIsSuppressedForThoseWhoNeverOptedIn() {
        plan("{\"topicId\":\"marketing-offers\",\"customerIds\":[\"quiet-one\"]}").expectStatus().isOk()
                .expectBody().jsonPath("$.plans[0].reason").isEqualTo("OPTED_OUT");
    }

    @Test
    void badBatchesAreRefusedNamingWhatIsWrong() {
        List<String> tooMany = IntStream.range(0, 1001).mapToObj(i -> "c" + i).toList();
        plan("{\"topicId\":\"delivery-updates\",\"customerIds\":" + json(tooMany) + "}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerIds");
        plan("{\"topicId\":\"weather\",\"customerIds\":[\"a\"]}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("topicId");
        plan("{\"topicId\":\"delivery-updates\",\"customerIds\":[\"a\",\"a\"]}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerIds");
    }

    @Test
    void onlyServiceAccountsAskForPlans() {
        String body = "{\"topicId\":\"delivery-updates\",\"customerIds\":[\"a\"]}";
        api.post().uri("/internal/v1/delivery-plans").header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:write").bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isForbidden();
        api.post().uri("/internal/v1/delivery-plans").header(HttpHeaders.AUTHORIZATION, tokens.customer("alice").bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isForbidden();
    }

    private RestTestClient.ResponseSpec plan(String body) {
        return api.post().uri("/internal/v1/delivery-plans")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("order-status-service", "internal").bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private static String json(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    /** Counts the queries the service sends to the preferences collection. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountedReads {

        final AtomicInteger preferenceReads = new AtomicInteger();

        @Bean
        MongoClientSettingsBuilderCustomizer countPreferenceReads() {
            CommandListener listener = new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommandName().equals("find")
                            && event.getCommand().getString("find").getValue().equals("preferences")) {
                        preferenceReads.incrementAndGet();
                    }
                }
            };
            return settings -> settings.addCommandListener(listener);
        }
    }
}
