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
}
