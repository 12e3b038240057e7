package io.cmr.portal.privacy;

import io.cmr.portal.SignedInPageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class PrivacyPageTest extends SignedInPageTest {

    static final String EXPORT = "/api/v1/profile/me/export";

    static final String PENDING = """
            {"id":"er-1","customerId":"alice-sub","status":"PENDING","createdAt":"2025-03-01T10:00:00Z",
             "parts":[{"name":"preference","status":"CONFIRMED","attempts":1,"confirmedAt":"2025-03-01T10:00:01Z"},
                      {"name":"order-status","status":"PENDING","attempts":2,"lastError":"503"},
                      {"name":"profile","status":"PENDING","attempts":0}]}""";

    @BeforeEach
    void english() {
        aliceSpeaks("en");
    }

    @Test
    void thePrivacyPageOffersTheExportAndTheErasure() throws Exception {
        mvc.perform(asAlice(get("/privacy")))
                .andExpect(status().isOk())
                .andExpect(view().name("privacy"))
                .andExpect(content().string(allOf(containsString("<title>My data – CMR</title>"),
                        containsString("href=\"/privacy/export\""), containsString("href=\"/privacy/erasure\""))));
    }

    @Test
    void theExportIsDownloadedAsAFile() throws Exception {
        api.on("GET", EXPORT, 200, "{\"customerId\":\"alice-sub\",\"complete\":true,\"parts\":{}}");

        mvc.perform(asAlice(get("/privacy/export")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"my-cmr-data.json\""))
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, startsWith("application/json")))
                .andExpect(content().string("{\"customerId\":\"alice-sub\",\"complete\":true,\"parts\":{}}"));
    }

    @Test
    void anExportThatCannotBeHadIsExplainedOnThePrivacyPage() throws Exception {
        api.on("GET", EXPORT, 503, "{}");

        mvc.perform(asAlice(get("/privacy/export")))
                .andExpect(redirectedUrl("/privacy"))
                .andExpect(flash().attribute("exportFailed", true));
    }

    @Test
    void erasureAsksForAClearConfirmationFirst() throws Exception {
        mvc.perform(asAlice(get("/privacy/erasure")))
                .andExpect(content().string(allOf(containsString("This cannot be undone."),
                        containsString("id=\"understood\""), containsString("No, keep my account"))));

        mvc.perform(postAsAlice(post("/privacy/erasure")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("notUnderstood", true))
                .andExpect(content().string(containsString("id=\"understood-error\"")));

        assertThat(api.received("DELETE", PROFILE)).isEmpty();
    }

    @Test
    void confirmedErasureIsAskedForAndItsProgressShown() throws Exception {
        api.on("DELETE", PROFILE, 202, PENDING, "Location", "/api/v1/profile/me/erasure/er-1");
        api.on("GET", "/api/v1/profile/me/erasure/er-1", 200, PENDING);

        mvc.perform(postAsAlice(post("/privacy/erasure")).param("understood", "true"))
                .andExpect(redirectedUrl("/privacy/erasure/er-1"));
        mvc.perform(asAlice(get("/privacy/erasure/er-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Preferences and consents</span>:"),
                        containsString("erased"), containsString("in progress"),
                        containsString("hx-trigger=\"every 5s\""), containsString("Reload to see how far it has got"))));

        assertThat(api.received("DELETE", PROFILE)).hasSize(1);
    }

    @Test
    void aFinishedErasureSaysSoAndStopsRefreshing() throws Exception {
        api.on("GET", "/api/v1/profile/me/erasure/er-1", 200, PENDING.replace("\"PENDING\"", "\"CONFIRMED\"")
                .replace("\"status\":\"CONFIRMED\",\"createdAt\"", "\"status\":\"DONE\",\"createdAt\""));

        mvc.perform(asAlice(get("/privacy/erasure/er-1")).param("lang", "fr"))
                .andExpect(content().string(allOf(containsString("Tout ce que nous détenions sur vous est effacé."),
                        not(containsString("hx-trigger")))));
    }

    @Test
    void whenTheServiceIsDownNothingIsErasedAndThePageSaysSo() throws Exception {
        api.on("DELETE", PROFILE, 503, "{}");

        mvc.perform(postAsAlice(post("/privacy/erasure")).param("understood", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing has been deleted")));
    }
}
