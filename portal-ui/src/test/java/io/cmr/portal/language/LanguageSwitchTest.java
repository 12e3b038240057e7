package io.cmr.portal.language;

import io.cmr.portal.SignedInPageTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** Switching language keeps the customer where they are. */
class LanguageSwitchTest extends SignedInPageTest {

    @Test
    void theSwitchKeepsThePageAndItsFilters() throws Exception {
        aliceSpeaks("en");
        api.on("GET", "/api/v1/orders", 200, "{\"orders\":[],\"next\":null}");

        mvc.perform(asAlice(get("/orders?status=DELIVERED&lang=en")))
                .andExpect(content().string(containsString(
                        "<a href=\"/orders?status=DELIVERED&amp;lang=fr\" lang=\"fr\"")));
    }

    @Test
    void afterAFormWasPostedTheSwitchGoesBackToThePageOfTheForm() throws Exception {
        aliceSpeaks("fr");
        api.on("GET", "/api/v1/orders/ord-1", 503, "{}");

        mvc.perform(postAsAlice(post("/orders/ord-1/problems")).header("Referer", "http://localhost/orders/ord-1"))
                .andExpect(content().string(containsString(
                        "<a href=\"/orders/ord-1?lang=en\" lang=\"en\"")));
    }

    @Test
    void anotherSitesRefererIsNeverTheLink() throws Exception {
        aliceSpeaks("en");
        api.on("GET", "/api/v1/orders/ord-1", 503, "{}");

        mvc.perform(postAsAlice(post("/orders/ord-1/problems")).header("Referer", "https://evil.example//x"))
                .andExpect(content().string(containsString("<a href=\"/?lang=fr\" lang=\"fr\"")));
    }
}
