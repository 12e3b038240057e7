package io.cmr.portal.admin;

import io.cmr.portal.ConsolePageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class DelayRulesPageTest extends ConsolePageTest {

    static final String RULES = "/api/v1/admin/delay-rules";

    @Test
    void theRulesInForceAreShownInMinutes() throws Exception {
        api.on("GET", RULES, 200, "{\"staleAfter\":\"PT48H\",\"etaTolerance\":\"PT0S\",\"windowGrace\":\"PT30M\"}");

        mvc.perform(asAda(get("/admin/delay-rules")))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/delay-rules"))
                .andExpect(content().string(allOf(containsString("value=\"2880\""), containsString("value=\"30\""),
                        containsString("No carrier news for (minutes)"))));
    }

    @Test
    void aChangeIsSentAsDurations() throws Exception {
        api.on("PUT", RULES, 200, "{\"staleAfter\":\"PT6H\",\"etaTolerance\":\"PT1H\",\"windowGrace\":\"PT0S\"}");

        mvc.perform(postAsAda(post(RULES.replace("/api/v1", ""))).param("staleAfter", "360").param("etaTolerance", "60")
                        .param("windowGrace", "0"))
                .andExpect(redirectedUrl("/admin/delay-rules"))
                .andExpect(flash().attribute("notice", "console.delay.saved"));
        assertThat(api.received("PUT", RULES).get(0).body())
                .isEqualTo("{\"staleAfter\":\"PT6H\",\"etaTolerance\":\"PT1H\",\"windowGrace\":\"PT0S\"}");
    }

    @Test
    void outOfRangeOrMissingThresholdsAreExplainedNextToTheirFields() throws Exception {
        mvc.perform(postAsAda(post("/admin/delay-rules")).param("staleAfter", "0").param("etaTolerance", "abc")
                        .param("windowGrace", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("rules", "staleAfter", "console.delay.error.range"))
                .andExpect(model().attributeHasFieldErrorCode("rules", "etaTolerance", "console.delay.error.range"))
                .andExpect(model().attributeHasFieldErrorCode("rules", "windowGrace", "console.delay.error.range"))
                .andExpect(content().string(containsString("Give a whole number of minutes from 1 to 43,200.")));
        assertThat(api.received("PUT", RULES)).isEmpty();
    }

    @Test
    void theApisProblemIsShownNextToItsField() throws Exception {
        api.on("PUT", RULES, 400, "{\"status\":400,\"errors\":[{\"field\":\"staleAfter\",\"message\":\"must be between PT1M and P30D\"}]}");

        mvc.perform(postAsAda(post("/admin/delay-rules")).param("staleAfter", "10").param("etaTolerance", "0")
                        .param("windowGrace", "0"))
                .andExpect(model().attributeHasFieldErrorCode("rules", "staleAfter", "api.refused"))
                .andExpect(content().string(containsString("must be between PT1M and P30D")));
    }

    @Test
    void whenTheOrderServiceIsDownThePageSaysSo() throws Exception {
        api.on("GET", RULES, 503, "{}");

        mvc.perform(asAda(get("/admin/delay-rules")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The delay rules can&#39;t be shown right now")));
    }
}
