package io.cmr.portal;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One service down leaves every page of the others working, and its own pages saying so plainly. */
class ResilienceTest extends SignedInPageTest {

    @Test
    void withTheOrderServiceDownProfileAndPreferencesStillWork() throws Exception {
        aliceSpeaks("en");
        api.on("GET", "/api/v1/orders", 503, "{}");
        api.on("GET", "/api/v1/topics", 200, "[]");
        api.on("GET", "/api/v1/preferences/me", 200,
                "{\"customerId\":\"alice-sub\",\"timezone\":\"Europe/Paris\",\"quietHours\":null,\"paused\":false,\"topics\":[],\"version\":0}",
                "ETag", "\"0\"");
        api.on("GET", "/api/v1/preferences/me/consents", 200, "{\"entries\":[],\"next\":null}");
        api.on("GET", "/api/v1/profile/me/contact-points", 200, "[]");

        mvc.perform(asAlice(get("/orders")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your orders can&#39;t be shown right now")));
        mvc.perform(asAlice(get("/profile")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Liddell\""), not(containsString("right now")))));
        mvc.perform(asAlice(get("/preferences")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Save my preferences"), not(containsString("right now")))));
    }

    @Test
    void withTheProfileServiceDownOrdersStillShowInParisTime() throws Exception {
        api.on("GET", PROFILE, 503, "{}");
        api.on("GET", "/api/v1/orders", 200, "{\"orders\":[],\"next\":null}");

        mvc.perform(asAlice(get("/orders")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("You have no order yet."), not(containsString("Exception")))));
    }

    @Test
    void aPageThatCannotBeShownAtAllSaysSoInTheVisitorsLanguage() throws Exception {
        api.on("GET", PROFILE, 503, "{}");
        api.on("GET", "/api/v1/profile/me/erasure/er-1", 503, "{}");

        mvc.perform(asAlice(get("/privacy/erasure/er-1")).header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\">"),
                        containsString("ne peut pas être affiché pour le moment"))));
    }
}
