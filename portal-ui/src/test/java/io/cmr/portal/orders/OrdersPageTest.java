package io.cmr.portal.orders;

import io.cmr.portal.SignedInPageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class OrdersPageTest extends SignedInPageTest {

    static final String ORDERS = "/api/v1/orders";
    static final String LATE = "/api/v1/orders/ord-late";

    static final String LATE_ORDER = """
            {"orderId":"ord-late","customerId":"alice-sub","placedAt":"2025-03-01T10:00:00Z",
             "lines":[{"sku":"cup","name":"Tea cup","quantity":2}],
             "shippingAddress":{"name":"Alice Liddell","lines":["1 rue de Rivoli"],"postalCode":"75001","city":"Paris","country":"FR"},
             "promisedWindow":{"start":"2025-03-03T07:00:00Z","end":"2025-03-04T17:00:00Z"},
             "status":"IN_TRANSIT","eta":"2025-03-06T15:00:00Z",
             "punctuality":{"level":"LATE","reason":"ETA_AFTER_WINDOW","detail":"The carrier's ETA is after the window."},
             "delayNotices":[],
             "shipments":[{"carrier":"colissimo","trackingNumber":"TRK-1","lines":[],"status":"IN_TRANSIT","eta":"2025-03-06T15:00:00Z",
                           "timeline":[{"eventId":"e1","type":"PICKED_UP","occurredAt":"2025-03-02T08:00:00Z","location":"Lyon","eta":null,"reasonCode":null},
                                       {"eventId":"e2","type":"IN_TRANSIT","occurredAt":"2025-03-02T20:00:00Z","location":"Paris hub","eta":"2025-03-06T15:00:00Z","reasonCode":null}]}],
             "deliveryInstructions":null,"version":4,"updatedAt":"2025-03-02T20:00:00Z"}""";

    static final String DELIVERED_ORDER = """
            {"orderId":"ord-done","customerId":"alice-sub","placedAt":"2025-02-01T10:00:00Z","lines":[],
             "promisedWindow":{"start":"2025-02-03T07:00:00Z","end":"2025-02-04T17:00:00Z"},"status":"DELIVERED",
             "eta":null,"punctuality":{"level":"ON_TIME","reason":null,"detail":null},"delayNotices":[],
             "shipments":[{"carrier":"dhl","trackingNumber":"TRK-0","lines":[],"status":"DELIVERED","eta":null,"timeline":[]}],
             "deliveryInstructions":null,"version":9,"updatedAt":"2025-02-03T20:00:00Z"}""";

    @BeforeEach
    void english() {
        aliceSpeaks("en");
    }

    @Test
    void listsTheOrdersWithTheirStatusAndWhyOneIsLate() throws Exception {
        api.on("GET", ORDERS, 200, "{\"orders\":[" + LATE_ORDER + "," + DELIVERED_ORDER + "],\"next\":\"c-2\"}");

        mvc.perform(asAlice(get("/orders")))
                .andExpect(status().isOk())
                .andExpect(view().name("orders"))
                .andExpect(content().string(allOf(containsString("<title>My orders – CMR</title>"),
                        containsString("href=\"/orders/ord-late\">Order ord-late</a>"), containsString("On its way"),
                        containsString("Late"), containsString("The carrier now expects to deliver after the date we promised."),
                        containsString("Delivered"), containsString("href=\"/orders?cursor=c-2\""))));

        assertThat(api.received("GET", ORDERS).get(0).query()).isEqualTo("limit=20");
    }

    @Test
    void theStatusFilterIsPassedToTheApi() throws Exception {
        api.on("GET", ORDERS, 200, "{\"orders\":[],\"next\":null}");

        mvc.perform(asAlice(get("/orders")).param("status", "DELIVERED").param("lang", "fr"))
                .andExpect(content().string(allOf(containsString("<option value=\"DELIVERED\" selected=\"selected\">Livrée</option>"),
                        containsString("Aucune commande n&#39;a ce statut."))));
        mvc.perform(asAlice(get("/orders")).param("status", "$where"));

        assertThat(api.received("GET", ORDERS).get(0).query()).isEqualTo("status=DELIVERED&limit=20");
        assertThat(api.received("GET", ORDERS).get(1).query()).as("an unknown status is no filter").isEqualTo("limit=20");
    }

    @Test
    void anOrderShowsItsTimelineAndItsEtaAgainstThePromiseInTheCustomersTime() throws Exception {
        api.on("GET", PROFILE, 200, alice("en", "America/New_York"), "ETag", "\"3\"");
        api.on("GET", LATE, 200, LATE_ORDER);

        mvc.perform(asAlice(get("/orders/ord-late")))
                .andExpect(status().isOk())
                .andExpect(view().name("order"))
                .andExpect(content().string(allOf(containsString("<title>Order ord-late – CMR</title>"),
                        containsString("The carrier now expects to deliver after the date we promised."),
                        containsString("Mar 6, 2025, 10:00"), containsString("between Mar 3, 2025, 2:00"),
                        containsString("America/New_York"), containsString("Picked up by the carrier"),
                        containsString("Paris hub"), containsString("2 × Tea cup"),
                        containsString("hx-get=\"/orders/ord-late\""), containsString("hx-trigger=\"every 30s\""),
                        containsString("Reload for the latest news"), containsString("Save the instructions"))));
    }

    @Test
    void htmxRefreshesOnlyTheLivePart() throws Exception {
        api.on("GET", LATE, 200, LATE_ORDER);

        mvc.perform(asAlice(get("/orders/ord-late")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<section id=\"live\""), containsString("Paris hub"),
                        not(containsString("<html")), not(containsString("Report a problem")))));
    }

    @Test
    void aDeliveredOrderIsNotPolledAndTakesNoMoreInstructions() throws Exception {
        api.on("GET", "/api/v1/orders/ord-done", 200, DELIVERED_ORDER);

        mvc.perform(asAlice(get("/orders/ord-done")))
                .andExpect(content().string(allOf(not(containsString("hx-trigger")),
                        containsString("instructions can no longer reach the courier"))));
    }

    @Test
    void someoneElsesOrderIsNotFound() throws Exception {
        api.on("GET", "/api/v1/orders/ord-bob", 404, "{\"status\":404,\"detail\":\"No order ord-bob.\"}");

        mvc.perform(asAlice(get("/orders/ord-bob")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }

    @Test
    void whenTheOrderServiceIsDownTheOrdersPageSaysSoPlainly() throws Exception {
        api.on("GET", ORDERS, 503, "{}");
        api.on("GET", LATE, 503, "{}");

        mvc.perform(asAlice(get("/orders")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Your orders can&#39;t be shown right now"),
                        not(containsString("Exception")))));
        mvc.perform(asAlice(get("/orders/ord-late")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This order can&#39;t be shown right now"),
                        containsString("Reload for the latest news"))));
    }

    @Test
    void deliveryInstructionsAreSentAndTheCustomerComesBack() throws Exception {
        api.on("PUT", LATE + "/delivery-instructions", 200,
                "{\"safePlace\":\"Behind the gate\",\"neighbour\":null,\"accessCode\":null,\"updatedAt\":\"2025-03-02T21:00:00Z\"}");

        mvc.perform(postAsAlice(post("/orders/ord-late/delivery-instructions")).param("safePlace", " Behind the gate ")
                        .param("neighbour", "").param("accessCode", ""))
                .andExpect(redirectedUrl("/orders/ord-late"))
                .andExpect(flash().attribute("notice", "instructions.saved"));

        assertThat(api.received("PUT", LATE + "/delivery-instructions").get(0).body())
                .isEqualTo("{\"safePlace\":\"Behind the gate\"}");
    }

    @Test
    void emptyInstructionsAreExplainedNextToTheFirstField() throws Exception {
        api.on("GET", LATE, 200, LATE_ORDER);

        mvc.perform(postAsAlice(post("/orders/ord-late/delivery-instructions")).param("safePlace", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("instructions", "safePlace", "instructions.error.none"))
                .andExpect(content().string(containsString(
                        "id=\"safePlace-error\">Give a safe place, a neighbour or an access code.</p>")));

        assertThat(api.received("PUT", LATE + "/delivery-instructions")).isEmpty();
    }

    @Test
    void theApisFieldProblemIsShownNextToItsField() throws Exception {
        api.on("GET", LATE, 200, LATE_ORDER);
        api.on("PUT", LATE + "/delivery-instructions", 400,
                "{\"status\":400,\"errors\":[{\"field\":\"accessCode\",\"message\":\"size must be between 0 and 50\"}]}");

        mvc.perform(postAsAlice(post("/orders/ord-late/delivery-instructions")).param("accessCode", "12"))
                .andExpect(content().string(containsString("id=\"accessCode-error\">size must be between 0 and 50</p>")));
    }

    @Test
    void instructionsTooLateAreExplained() throws Exception {
        api.on("GET", LATE, 200, LATE_ORDER);
        api.on("PUT", LATE + "/delivery-instructions", 409, "{\"status\":409}");

        mvc.perform(postAsAlice(post("/orders/ord-late/delivery-instructions")).param("neighbour", "Mrs Martin"))
                .andExpect(content().string(containsString("The parcel went out for delivery in the meantime")));
    }

    @Test
    void aProblemIsReportedWithItsCodedReason() throws Exception {
        api.on("POST", LATE + "/problems", 201, "{\"id\":\"p-1\",\"reason\":\"DAMAGED\"}");

        mvc.perform(postAsAlice(post("/orders/ord-late/problems")).param("reason", "DAMAGED")
                        .param("text", "Two cups broken"))
                .andExpect(redirectedUrl("/orders/ord-late"))
                .andExpect(flash().attribute("notice", "problem.reported"));

        assertThat(api.received("POST", LATE + "/problems").get(0).body())
                .contains("\"reason\":\"DAMAGED\"", "\"text\":\"Two cups broken\"");
    }

    @Test
    void aProblemWithoutAReasonIsExplainedAndNotSent() throws Exception {
        api.on("GET", LATE, 200, LATE_ORDER);

        mvc.perform(postAsAlice(post("/orders/ord-late/problems")).param("text", "Hmm"))
                .andExpect(model().attributeHasFieldErrorCode("problem", "reason", "problem.error.reason"))
                .andExpect(content().string(allOf(containsString("Choose what is wrong."), containsString(">Hmm</textarea>"))));

        assertThat(api.received("POST", LATE + "/problems")).isEmpty();
    }
}
