package io.cmr.orderstatus.selfservice;

import java.time.Instant;

import io.cmr.orderstatus.contact.Contacts;
import io.cmr.orderstatus.contact.domain.ContactChannel;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class SelfServiceTest {

    private final TestTokens tokens;
    private RestTestClient api;

    @LocalServerPort
    private int port;

    @Autowired
    private Contacts contacts;

    SelfServiceTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    static String order(String customerId, String trackingNumber) {
        Instant now = Instant.now();
        return """
                {"customerId":"%s","placedAt":"%s","lines":[{"sku":"A","name":"A","quantity":1}],
                 "shippingAddress":{"name":"Kim","lines":["1 rue"],"postalCode":"69001","city":"Lyon","country":"FR"},
                 "promisedWindow":{"start":"%s","end":"%s"},
                 "shipments":[{"carrier":"demo-carrier","trackingNumber":"%s","lines":[]}]}"""
                .formatted(customerId, now.minusSeconds(3600), now.plusSeconds(86_400), now.plusSeconds(2 * 86_400),
                        trackingNumber);
    }

    void create(RestTestClient api, TestTokens tokens, String orderId, String customerId, String trackingNumber) {
        api.put().uri("/api/v1/orders/{id}", orderId)
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:write").bearer())
                .contentType(MediaType.APPLICATION_JSON).body(order(customerId, trackingNumber)).exchange()
                .expectStatus().isCreated();
    }

    private RestTestClient.ResponseSpec instruct(String customer, String orderId, String body) {
        return api.put().uri("/api/v1/orders/{id}/delivery-instructions", orderId)
                .header(HttpHeaders.AUTHORIZATION, tokens.customer(customer).bearer())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    @Test
    void aCustomerLeavesDeliveryInstructionsUntilTheParcelIsOutForDelivery() {
        create(api, tokens, "K-1", "kim-sub", "TRK-K1");

        instruct("kim-sub", "K-1", """
                {"safePlace":"Behind the gate","accessCode":"4821B"}""")
                .expectStatus().isOk().expectBody().jsonPath("$.safePlace").isEqualTo("Behind the gate");
        api.get().uri("/api/v1/orders/K-1").header(HttpHeaders.AUTHORIZATION, tokens.customer("kim-sub").bearer()).exchange()
                .expectBody().jsonPath("$.deliveryInstructions.accessCode").isEqualTo("4821B");

        api.post().uri("/api/v1/carriers/demo-carrier/shipments/TRK-K1/events")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-carrier", "tracking:write").bearer())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"eventId":"k1-1","type":"OUT_FOR_DELIVERY","occurredAt":"%s"}""".formatted(Instant.now().minusSeconds(60)))
                .exchange().expectStatus().isOk();
        instruct("kim-sub", "K-1", """
                {"neighbour":"Mrs Martin"}""")
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void deliveryInstructionsNeedOneInstructionAndTheirOwnOrder() {
        create(api, tokens, "K-2", "kim-sub", "TRK-K2");

        instruct("kim-sub", "K-2", "{}").expectStatus().isBadRequest();
        instruct("kim-sub", "K-2", """
                {"safePlace":"%s"}""".formatted("x".repeat(201))).expectStatus().isBadRequest();
        instruct("lee-sub", "K-2", """
                {"safePlace":"Porch"}""").expectStatus().isNotFound();
    }

    @Test
    void aReportedProblemIsRecordedAsAPortalContact() {
        create(api, tokens, "K-3", "kim-sub", "TRK-K3");

        api.post().uri("/api/v1/orders/K-3/problems").header(HttpHeaders.AUTHORIZATION, tokens.customer("kim-sub").bearer())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"reason":"DAMAGED","text":"Two cups are broken."}""").exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.channel").isEqualTo("PORTAL").jsonPath("$.reason").isEqualTo("DAMAGED");

        assertThat(contacts.of("kim-sub")).singleElement().satisfies(contact -> {
            assertThat(contact.orderId()).isEqualTo("K-3");
            assertThat(contact.reasonCode()).isEqualTo(ProblemReason.DAMAGED.name());
            assertThat(contact.channel()).isEqualTo(ContactChannel.PORTAL);
            assertThat(contact.note()).isEqualTo("Two cups are broken.");
            assertThat(contact.at()).isNotNull();
        });
    }

    @Test
    void aProblemNeedsAKnownReasonAndTheCustomersOwnOrder() {
        create(api, tokens, "K-4", "kim-sub", "TRK-K4");

        api.post().uri("/api/v1/orders/K-4/problems").header(HttpHeaders.AUTHORIZATION, tokens.customer("kim-sub").bearer())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"reason":"ANGRY","text":"!"}""").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        api.post().uri("/api/v1/orders/K-4/problems").header(HttpHeaders.AUTHORIZATION, tokens.customer("lee-sub").bearer())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"reason":"LATE"}""").exchange()
                .expectStatus().isNotFound();
        assertThat(contacts.of("lee-sub")).isEmpty();
    }

    @Test
    void anotherServiceExportsAndErasesWhatThisServiceHoldsOfACustomer() {
        create(api, tokens, "K-5", "mia-sub", "TRK-K5");
        api.post().uri("/api/v1/orders/K-5/problems").header(HttpHeaders.AUTHORIZATION, tokens.customer("mia-sub").bearer())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"reason":"LATE","text":"Where is it?"}""").exchange().expectStatus().isCreated();
        String internal = tokens.partner("profile-service", "internal").bearer();

        api.get().uri("/internal/v1/customers/mia-sub/export").header(HttpHeaders.AUTHORIZATION, internal).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.orders[0].orderId").isEqualTo("K-5")
                .jsonPath("$.contacts[0].note").isEqualTo("Where is it?")
                .jsonPath("$.contacts[0].channel").isEqualTo("PORTAL");
        api.get().uri("/internal/v1/customers/mia-sub/export")
                .header(HttpHeaders.AUTHORIZATION, tokens.customer("mia-sub").bearer()).exchange()
                .expectStatus().isForbidden();

        for (int i = 0; i < 2; i++) {
            api.delete().uri("/internal/v1/customers/mia-sub").header(HttpHeaders.AUTHORIZATION, internal).exchange()
                    .expectStatus().isNoContent();
        }
        api.get().uri("/internal/v1/customers/mia-sub/export").header(HttpHeaders.AUTHORIZATION, internal).exchange()
                .expectBody().jsonPath("$.orders.length()").isEqualTo(0).jsonPath("$.contacts.length()").isEqualTo(0);
        api.get().uri("/api/v1/orders/K-5")
                .header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:read").bearer()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.customerId").doesNotExist()
                .jsonPath("$.shippingAddress.name").isEqualTo("erased");
    }
}
