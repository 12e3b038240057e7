package io.cmr.portal.unsubscribe;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import io.cmr.portal.SignedInPageTest;
import io.cmr.portal.StubApi;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The page of an e-mail's "stop these e-mails" link, without login. */
class UnsubscribePageTest extends SignedInPageTest {

    static final String ONE_CLICK = "/api/v1/unsubscribe";

    static String token(String topic, String channel, Instant expiresAt) {
        String claims = String.join("\n", "cmr-unsubscribe-v1", "alice-sub", topic, channel, "order-status-service",
                Long.toString(expiresAt.getEpochSecond()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    static final String TOKEN = token("delivery-updates", "EMAIL", Instant.now().plusSeconds(86_400));

    @Test
    void theLinkSaysWhatWouldBeTurnedOffAndChangesNothingYet() throws Exception {
        mvc.perform(get("/unsubscribe").param("token", TOKEN).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(view().name("unsubscribe"))
                .andExpect(model().attribute("state", "CONFIRM"))
                .andExpect(content().string(allOf(containsString("Stop these messages?"),
                        containsString("You will no longer receive “Delivery updates” by e-mail."),
                        containsString("action=\"/unsubscribe\""), containsString("name=\"_csrf\""),
                        containsString("name=\"token\" value=\"" + TOKEN + "\""), containsString("Sign in"))));

        assertThat(api.received()).as("opening the link changes nothing (mail scanners open links)").isEmpty();
    }

    @Test
    void theLinkIsExplainedInFrench() throws Exception {
        mvc.perform(get("/unsubscribe").param("token", TOKEN).param("lang", "fr"))
                .andExpect(content().string(allOf(containsString("Ne plus recevoir ces messages ?"),
                        containsString("Vous ne recevrez plus « Suivi de livraison » par e-mail."),
                        containsString("Oui, ne plus recevoir ces messages"))));
    }

    @Test
    void aBrokenOrExpiredLinkIsSaidToBeSoWithoutAForm() throws Exception {
        for (String token : new String[] { "nonsense", "", token("delivery-updates", "EMAIL", Instant.now().minusSeconds(60)),
                token("delivery-updates", "FAX", Instant.now().plusSeconds(60)) }) {
            mvc.perform(get("/unsubscribe").param("token", token).header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(allOf(containsString("This link is not valid or has expired. Nothing was changed."),
                            not(containsString("action=\"/unsubscribe\"")))));
        }
        mvc.perform(get("/unsubscribe")).andExpect(status().isBadRequest());
    }

    @Test
    void confirmingTurnsTheTopicChannelOffThroughTheApiWithoutAnyLoginCountedAgainstThePersonsAddress() throws Exception {
        api.on("POST", ONE_CLICK, 200, "<p>Done</p>");

        mvc.perform(post("/unsubscribe").with(csrf()).with(from("203.0.113.7")).param("token", TOKEN)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("state", "TURNED_OFF"))
                .andExpect(content().string(allOf(containsString("Done"),
                        containsString("You will no longer receive “Delivery updates” by e-mail."),
                        not(containsString("action=\"/unsubscribe\"")), containsString("href=\"/preferences\""))));

        StubApi.Received sent = api.received("POST", ONE_CLICK).get(0);
        assertThat(sent.body()).isEqualTo("token=" + TOKEN + "&List-Unsubscribe=One-Click");
        assertThat(sent.header("Authorization")).as("the link's token is the only credential").isNull();
        assertThat(sent.header("X-Forwarded-For")).as("counted against the person's address at the gateway, not the portal's")
                .isEqualTo("203.0.113.7");
    }

    @Test
    void aMandatoryTopicsLastChannelStaysOnAndSaysWhy() throws Exception {
        api.on("POST", ONE_CLICK, 409, "<p>stays on</p>");

        mvc.perform(post("/unsubscribe").with(csrf()).param("token", TOKEN).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("These messages stay on"),
                        containsString("We must be able to reach you about “Delivery updates”, and this is the last way left (by e-mail), so it stays on."))));
    }

    @Test
    void aGoneTopicOrARefusedLinkIsExplained() throws Exception {
        api.on("POST", ONE_CLICK, 410, "<p>gone</p>");
        mvc.perform(post("/unsubscribe").with(csrf()).param("token", TOKEN).header("Accept-Language", "en"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This topic no longer exists")));

        api.on("POST", ONE_CLICK, 400, "<p>invalid</p>");
        mvc.perform(post("/unsubscribe").with(csrf()).param("token", TOKEN).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This link is not valid or has expired. Nothing was changed.")));
    }

    @Test
    void whenTheServiceIsDownOrTooBusyNothingChangesAndTheFormStays() throws Exception {
        for (int status : new int[] { 503, 429 }) {
            api.on("POST", ONE_CLICK, status, "{}");

            mvc.perform(post("/unsubscribe").with(csrf()).param("token", TOKEN).header("Accept-Language", "en"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().string(allOf(containsString("Nothing was changed: the service is not answering right now."),
                            containsString("action=\"/unsubscribe\""))));
        }
    }

    @Test
    void confirmingNeedsTheCsrfTokenOfThePage() throws Exception {
        mvc.perform(post("/unsubscribe").param("token", TOKEN)).andExpect(status().isForbidden());

        assertThat(api.received("POST", ONE_CLICK)).isEmpty();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
