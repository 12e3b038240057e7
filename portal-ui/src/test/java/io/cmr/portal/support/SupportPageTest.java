package io.cmr.portal.support;

import io.cmr.portal.ConsolePageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class SupportPageTest extends ConsolePageTest {

    static final String ALICE = """
            {"customerId":"alice-sub","givenName":"Alice","familyName":"Liddell","email":"alice@example.com",
             "language":"fr","timezone":"Europe/Paris","createdAt":"2025-03-01T10:00:00Z","updatedAt":"2025-03-01T10:00:00Z"}""";
    static final String PREFERENCES = """
            {"customerId":"alice-sub","timezone":"Europe/Paris","quietHours":{"start":"22:00","end":"07:00"},"paused":false,
             "topics":[{"topicId":"delivery-updates","mandatory":true,"channels":["EMAIL","IN_APP"],"contactPoints":{},
                        "urgent":false,"deliveryMode":"IMMEDIATE","digestTime":null}],"version":5}""";
    static final String ORDERS = """
            {"orders":[{"orderId":"A-1001","placedAt":"2026-11-20T10:00:00Z","lines":[],"status":"IN_TRANSIT",
              "eta":"2026-11-25T15:00:00Z","punctuality":{"level":"LATE","reason":"ETA_AFTER_WINDOW","detail":null},
              "shipments":[],"deliveryInstructions":null,"updatedAt":"2026-11-21T10:00:00Z"}],"next":null}""";
    static final String NOTICES = """
            [{"noticeKey":"n1","topicId":"delivery-updates","kind":"DELAYED","incidentId":null,"occurredAt":"2026-11-21T10:00:00Z",
              "state":"PLANNED","channels":[
                {"channel":"EMAIL","outcome":"SENT","sentAt":"2026-11-21T10:01:00Z","contactPointId":"cp-1","sentTo":"alice@example.com",
                 "until":null,"rule":null,"reason":null,"channelAnswer":null,"attempts":1,"preferenceVersion":5,
                 "consentEntryId":"c-9","consentAt":"2026-11-01T10:00:00Z","consentBy":"customer"},
                {"channel":"SMS","outcome":"SUPPRESSED","sentAt":null,"contactPointId":null,"sentTo":null,"until":null,"rule":null,
                 "reason":"OPTED_OUT","channelAnswer":null,"attempts":0,"preferenceVersion":5,"consentEntryId":null,
                 "consentAt":null,"consentBy":null},
                {"channel":"IN_APP","outcome":"DELAYED","sentAt":null,"contactPointId":null,"sentTo":null,
                 "until":"2026-11-22T06:00:00Z","rule":"QUIET_HOURS","reason":null,"channelAnswer":null,"attempts":0,
                 "preferenceVersion":5,"consentEntryId":null,"consentAt":null,"consentBy":null}]}]""";
    static final String REASONS = """
            [{"code":"delivery","name":{"fr":"Livraison","en":"Delivery"},"reasons":[
              {"code":"WHERE_IS_MY_ORDER","category":"delivery","name":{"fr":"Où est ma commande ?","en":"Where is my order?"},
               "kind":"AVOIDABLE_BY_INFORMATION","retired":false}]}]""";

    private static void aliceIsKnown() {
        api.on("GET", "/api/v1/customers/alice-sub/profile", 200, ALICE);
        api.on("GET", "/api/v1/customers/alice-sub/preferences", 200, PREFERENCES);
        api.on("GET", "/api/v1/orders", 200, ORDERS);
        api.on("GET", "/api/v1/orders/A-1001/notices", 200, NOTICES);
        api.on("GET", "/api/v1/contact-reasons", 200, REASONS);
    }

    @Test
    void theAgentFindsACustomerByEmail() throws Exception {
        mvc.perform(asSam(get("/support")))
                .andExpect(status().isOk())
                .andExpect(view().name("support/find"))
                .andExpect(content().string(containsString("type=\"email\"")));
        api.on("GET", "/api/v1/customers", 200, ALICE);

        mvc.perform(postAsSam(post("/support")).param("email", " alice@example.com "))
                .andExpect(redirectedUrl("/support/customers/alice-sub"));
        assertThat(api.received("GET", "/api/v1/customers").get(0).query()).isEqualTo("email=alice%40example.com");
    }

    @Test
    void anUnknownOrMalformedAddressIsExplainedNextToTheField() throws Exception {
        api.on("GET", "/api/v1/customers", 404, "{\"status\":404}");

        mvc.perform(postAsSam(post("/support")).param("email", "nobody@example.com"))
                .andExpect(model().attributeHasFieldErrorCode("find", "email", "support.find.error.none"))
                .andExpect(content().string(containsString("No customer has this e-mail address.")));
        mvc.perform(postAsSam(post("/support")).param("email", "nobody"))
                .andExpect(model().attributeHasFieldErrorCode("find", "email", "support.find.error.email"));
        assertThat(api.received("GET", "/api/v1/customers")).hasSize(1);
    }

    @Test
    void theCustomersPageShowsProfilePreferencesOrdersAndWhyEachNoticeWasOrWasNotSent() throws Exception {
        aliceIsKnown();

        mvc.perform(asSam(get("/support/customers/alice-sub")))
                .andExpect(status().isOk())
                .andExpect(view().name("support/customer"))
                .andExpect(content().string(allOf(containsString("<h1>Alice Liddell</h1>"), containsString("alice@example.com"),
                        containsString("French"), containsString("Quiet hours: 22:00 to 07:00"), containsString("E-mail, </span><span>In the portal</span>"),
                        containsString("Order A-1001"), containsString("Late"),
                        containsString("On Nov 21, 2026, 11:01 AM to alice@example.com (preferences version 5)"),
                        containsString("The customer turned this channel off"), containsString("Quiet hours"),
                        containsString("until Nov 22, 2026, 7:00 AM"), containsString("<optgroup label=\"Delivery\">"),
                        containsString("value=\"WHERE_IS_MY_ORDER\""), containsString("name=\"idempotencyKey\""))));
        assertThat(api.received("GET", "/api/v1/orders").get(0).query()).isEqualTo("customerId=alice-sub&limit=10");
    }

    @Test
    void aContactIsRecordedOnceWithTheReasonAndTheOrder() throws Exception {
        api.on("POST", "/api/v1/contacts", 201, "{\"id\":\"c-1\",\"version\":1}");

        mvc.perform(postAsSam(post("/support/customers/alice-sub/contacts")).param("idempotencyKey", "k-7")
                        .param("channel", "PHONE").param("reasonCode", "WHERE_IS_MY_ORDER").param("orderId", "A-1001")
                        .param("note", " Asked twice ").param("resolved", "true"))
                .andExpect(redirectedUrl("/support/customers/alice-sub"))
                .andExpect(flash().attribute("notice", "support.contact.recorded"));
        var sent = api.received("POST", "/api/v1/contacts").get(0);
        assertThat(sent.header("Idempotency-Key")).isEqualTo("k-7");
        assertThat(sent.body()).isEqualTo("""
                {"channel":"PHONE","reasonCode":"WHERE_IS_MY_ORDER","customerId":"alice-sub","orderId":"A-1001",\
                "resolved":true,"note":"Asked twice"}""");
    }

    @Test
    void aMissingReasonAndTheApisProblemsAreShownNextToTheirFields() throws Exception {
        aliceIsKnown();
        mvc.perform(postAsSam(post("/support/customers/alice-sub/contacts")).param("channel", "PHONE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("contact", "reasonCode", "support.contact.error.reason"));

        api.on("POST", "/api/v1/contacts", 400,
                "{\"status\":400,\"errors\":[{\"field\":\"orderId\",\"message\":\"is another customer's order\"}]}");
        mvc.perform(postAsSam(post("/support/customers/alice-sub/contacts")).param("channel", "PHONE")
                        .param("reasonCode", "WHERE_IS_MY_ORDER").param("orderId", "B-1"))
                .andExpect(model().attributeHasFieldErrorCode("contact", "orderId", "api.refused"))
                .andExpect(content().string(allOf(containsString("id=\"contact-order-error\""),
                        containsString("is another customer&#39;s order"))));
    }

    @Test
    void eachPartSaysSoWhenItsServiceIsDownAndTheOthersStillShow() throws Exception {
        aliceIsKnown();
        api.on("GET", "/api/v1/customers/alice-sub/preferences", 503, "{}");
        api.on("GET", "/api/v1/orders/A-1001/notices", 503, "{}");

        mvc.perform(asSam(get("/support/customers/alice-sub")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Alice Liddell</h1>"),
                        containsString("The preferences can&#39;t be shown right now"),
                        containsString("Its notices can&#39;t be shown right now"), containsString("Order A-1001"),
                        not(containsString("Exception")))));
    }

    @Test
    void anUnknownCustomerIsNotFound() throws Exception {
        api.on("GET", "/api/v1/customers/nobody/profile", 404, "{\"status\":404}");

        mvc.perform(asSam(get("/support/customers/nobody"))).andExpect(status().isNotFound());
    }
}
