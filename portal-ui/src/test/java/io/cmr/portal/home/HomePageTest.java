package io.cmr.portal.home;

import io.cmr.portal.SignedInPageTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class HomePageTest extends SignedInPageTest {

    static String order(String id, String status, String level, String reason) {
        return """
                {"orderId":"%s","placedAt":"2025-03-01T10:00:00Z","lines":[],"status":"%s","eta":"2025-03-06T15:00:00Z",
                 "punctuality":{"level":"%s","reason":%s,"detail":null},"shipments":[]}"""
                .formatted(id, status, level, reason == null ? "null" : "\"" + reason + "\"");
    }

    @Test
    void lateOrdersComeFirstThenThoseAtRiskAndOnTimeOnesAreLeftOut() throws Exception {
        aliceSpeaks("en");
        api.on("GET", "/api/v1/orders", 200, "{\"orders\":[" + order("ord-risk", "EXCEPTION", "AT_RISK", "CARRIER_PROBLEM")
                + "," + order("ord-fine", "IN_TRANSIT", "ON_TIME", null)
                + "," + order("ord-late", "IN_TRANSIT", "LATE", "WINDOW_PASSED")
                + "," + order("ord-done-late", "DELIVERED", "LATE", "DELIVERED_LATE") + "],\"next\":null}");

        mvc.perform(asAlice(get("/")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Welcome, Alice."), containsString("Needs your attention"),
                        matchesPattern("(?s).*Order ord-late.*Order ord-risk.*"),
                        containsString("The promised delivery date has passed"),
                        containsString("The carrier reported a problem with the parcel."),
                        not(containsString("Order ord-fine")), not(containsString("Order ord-done-late")),
                        not(containsString("What you can do here")))));
    }

    @Test
    void whenNothingNeedsAttentionItSaysSo() throws Exception {
        aliceSpeaks("fr");
        api.on("GET", "/api/v1/orders", 200, "{\"orders\":[],\"next\":null}");

        mvc.perform(asAlice(get("/")))
                .andExpect(content().string(containsString("Toutes vos commandes en route sont dans les temps.")));
    }

    @Test
    void whenOrdersAreDownTheHomePageStillShowsAndSaysSo() throws Exception {
        aliceSpeaks("en");
        api.on("GET", "/api/v1/orders", 503, "{}");

        mvc.perform(asAlice(get("/")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Welcome, Alice."),
                        containsString("Your orders can&#39;t be shown right now"))));
    }

    @Test
    void anonymousVisitorsSeeWhatCmrDoesAndNoApiIsCalled() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(allOf(containsString("What you can do here"),
                        not(containsString("Needs your attention")))));

        org.assertj.core.api.Assertions.assertThat(api.received()).isEmpty();
    }

    @Test
    void incidentsThatConcernTheCustomerComeFirstAndUnreadNoticesAfterTheOrders() throws Exception {
        aliceSpeaks("en");
        api.on("GET", "/api/v1/orders", 200, "{\"orders\":[" + order("ord-late", "IN_TRANSIT", "LATE", "WINDOW_PASSED") + "],\"next\":null}");
        api.on("GET", "/api/v1/incidents/mine", 200, """
                {"incidents":[{"id":"inc-1","title":{"fr":"Plateforme de Lyon fermée","en":"Lyon hub closed"},
                  "message":{"fr":"Une tempête.","en":"A storm closed the hub."},"cause":"storm","status":"ACTIVE",
                  "expectedResolution":"2025-03-07T11:00:00Z","resolvedAt":null,"updatedAt":"2025-03-05T10:00:00Z","orderIds":["ord-late"]}]}""");
        api.on("GET", "/api/v1/notifications", 200, """
                {"items":[{"id":"n-2","topicId":"service-incidents","kind":"INCIDENT_DECLARED","orderIds":["ord-late"],
                  "subject":"Incident: Lyon hub closed","text":"A storm closed the hub.","links":{},"createdAt":"2025-03-05T10:00:00Z","readAt":null},
                 {"id":"n-1","topicId":"delivery-updates","kind":"SHIPPED","orderIds":["ord-late"],"subject":"Shipped, long ago",
                  "text":"It left.","links":{},"createdAt":"2025-03-02T10:00:00Z","readAt":"2025-03-02T11:00:00Z"}],"unread":1,"next":null}""");

        mvc.perform(asAlice(get("/")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        matchesPattern("(?s).*Lyon hub closed.*Needs your attention.*Order ord-late.*New messages.*Incident: Lyon hub closed.*"),
                        containsString("A storm closed the hub."), containsString("Should be over by Mar 7, 2025, 12:00"),
                        containsString("href=\"/orders/ord-late\">ord-late</a>"),
                        containsString("All my notifications (1 unread)"), not(containsString("Shipped, long ago")),
                        containsString(">, 1 unread</span>"))));
    }

    @Test
    void theBannerIsInTheCustomersLanguage() throws Exception {
        aliceSpeaks("fr");
        api.on("GET", "/api/v1/orders", 200, "{\"orders\":[],\"next\":null}");
        api.on("GET", "/api/v1/incidents/mine", 200, """
                {"incidents":[{"id":"inc-1","title":{"fr":"Plateforme de Lyon fermée","en":"Lyon hub closed"},
                  "message":{"fr":"Une tempête.","en":"A storm."},"status":"RESOLVED","expectedResolution":"2025-03-07T11:00:00Z",
                  "resolvedAt":"2025-03-06T11:00:00Z","orderIds":[]}]}""");
        api.on("GET", "/api/v1/notifications", 200, "{\"items\":[],\"unread\":0,\"next\":null}");

        mvc.perform(asAlice(get("/")))
                .andExpect(content().string(allOf(containsString("Plateforme de Lyon fermée"), containsString("Une tempête."),
                        containsString("Résolu le 6 mars 2025 12:00"), not(containsString("Lyon hub closed")),
                        containsString("Aucun nouveau message."))));
    }

    @Test
    void whenNoticesAndIncidentsCannotBeReadTheHomePageStillShows() throws Exception {
        aliceSpeaks("en");
        api.on("GET", "/api/v1/orders", 200, "{\"orders\":[],\"next\":null}");
        api.on("GET", "/api/v1/incidents/mine", 503, "{}");
        api.on("GET", "/api/v1/notifications", 503, "{}");

        mvc.perform(asAlice(get("/")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("All your orders on their way are on time."),
                        containsString("Your notifications can&#39;t be shown right now"),
                        not(containsString("class=\"banner")))));
    }
}
