package io.cmr.portal.preferences;

import io.cmr.portal.SignedInPageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class PreferencesPageTest extends SignedInPageTest {

    static final String TOPICS = "/api/v1/topics";
    static final String MINE = "/api/v1/preferences/me";
    static final String CONSENTS = "/api/v1/preferences/me/consents";

    static final String CATALOG = """
            [{"id":"delivery-updates","name":{"fr":"Suivi de livraison","en":"Delivery updates"},
              "description":{"fr":"Expédition, livraison.","en":"Shipping, delivery."},"category":"TRANSACTIONAL",
              "allowedChannels":["EMAIL","SMS","PUSH","IN_APP"],"defaultChannels":["EMAIL"],"mandatory":false,"version":1},
             {"id":"account-security","name":{"fr":"Sécurité du compte","en":"Account security"},
              "description":{"fr":"Connexions inhabituelles.","en":"Unusual sign-ins."},"category":"TRANSACTIONAL",
              "allowedChannels":["EMAIL","SMS"],"defaultChannels":["EMAIL"],"mandatory":true,"version":1}]""";

    static final String PREFERENCES = """
            {"customerId":"alice-sub","timezone":"Europe/Paris","quietHours":{"start":"22:00","end":"07:30"},"paused":false,
             "topics":[{"topicId":"delivery-updates","mandatory":false,"channels":["EMAIL","SMS"],
                        "contactPoints":{"EMAIL":"cp-work","SMS":"cp-phone"},"urgent":true,"deliveryMode":"IMMEDIATE","digestTime":null},
                       {"topicId":"account-security","mandatory":true,"channels":["EMAIL"],"contactPoints":{},
                        "urgent":false,"deliveryMode":"IMMEDIATE","digestTime":null}],"version":7}""";

    static final String HISTORY = """
            {"entries":[{"topicId":"delivery-updates","channel":"SMS","before":false,"after":true,
                         "at":"2025-03-01T21:30:00Z","actor":"customer","clientId":"portal","wordingVersion":1},
                        {"topicId":"delivery-updates","channel":"PUSH","before":true,"after":false,
                         "at":"2025-02-01T09:00:00Z","actor":"one-click","clientId":null,"wordingVersion":1}],
             "next":"cursor-2"}""";

    @BeforeEach
    void theApi() {
        aliceSpeaks("en");
        api.on("GET", TOPICS, 200, CATALOG);
        api.on("GET", MINE, 200, PREFERENCES, "ETag", "\"7\"");
        api.on("GET", CONSENTS, 200, HISTORY);
    }

    @Test
    void showsTheGridWithOnlyTheChannelsEachTopicAllows() throws Exception {
        mvc.perform(asAlice(get("/preferences")))
                .andExpect(status().isOk())
                .andExpect(view().name("preferences"))
                .andExpect(content().string(allOf(containsString("<title>Contact preferences – CMR</title>"),
                        containsString("Delivery updates"), containsString("Account security"),
                        matchesPattern("(?s).*name=\"topics\\[0]\\.channels\" value=\"SMS\" id=\"t0-SMS\"\\s+checked=\"checked\".*"),
                        matchesPattern("(?s).*name=\"topics\\[0]\\.channels\" value=\"PUSH\" id=\"t0-PUSH\">.*"),
                        not(containsString("id=\"t1-PUSH\"")), not(containsString("id=\"t0-POSTAL\"")),
                        containsString("Required: we must be able to reach you about this"),
                        containsString("value=\"22:00\""), containsString("value=\"07:30\""),
                        containsString("type=\"hidden\" id=\"etag\" name=\"etag\" value=\"&quot;7&quot;\""))));
    }

    @Test
    void showsTheConsentHistoryInTheCustomersTimeAndLanguage() throws Exception {
        mvc.perform(asAlice(get("/preferences")).param("lang", "fr"))
                .andExpect(content().string(allOf(containsString("Historique de vos consentements"),
                        containsString("1 mars 2025 22:30"), containsString("Suivi de livraison"),
                        containsString("Le lien de désinscription d&#39;un message"),
                        containsString("href=\"/preferences?history=cursor-2#history\""))));

        mvc.perform(asAlice(get("/preferences")).param("history", "cursor-2"));
        assertThat(api.received("GET", CONSENTS).get(1).query()).contains("cursor=cursor-2");
    }

    @Test
    void savingReplacesThePreferencesOnTheVersionReadKeepingWhatTheFormDoesNotShow() throws Exception {
        api.on("PUT", MINE, 200, PREFERENCES.replace("\"version\":7", "\"version\":8"), "ETag", "\"8\"");

        mvc.perform(postAsAlice(post("/preferences")).param("etag", "\"7\"")
                        .param("topics[0].topicId", "delivery-updates").param("topics[0].channels", "EMAIL", "POSTAL")
                        .param("topics[0].deliveryMode", "DAILY_DIGEST").param("topics[0].digestTime", "18:30")
                        .param("topics[1].topicId", "account-security").param("topics[1].channels", "SMS")
                        .param("topics[1].deliveryMode", "IMMEDIATE").param("topics[1].digestTime", "")
                        .param("quietStart", "").param("quietEnd", "").param("paused", "true"))
                .andExpect(redirectedUrl("/preferences"))
                .andExpect(flash().attribute("notice", "preferences.saved"));

        var put = api.received("PUT", MINE).get(0);
        assertThat(put.header("If-Match")).isEqualTo("\"7\"");
        assertThat(put.body()).isEqualTo("{\"timezone\":\"Europe/Paris\",\"quietHours\":null,\"paused\":true,\"topics\":["
                + "{\"topicId\":\"delivery-updates\",\"channels\":[\"EMAIL\"],\"contactPoints\":{\"EMAIL\":\"cp-work\"},"
                + "\"urgent\":true,\"deliveryMode\":\"DAILY_DIGEST\",\"digestTime\":\"18:30\"},"
                + "{\"topicId\":\"account-security\",\"channels\":[\"SMS\"],\"contactPoints\":{},"
                + "\"urgent\":false,\"deliveryMode\":\"IMMEDIATE\",\"digestTime\":null}]}");
    }

    @Test
    void aMandatoryTopicLeftWithoutChannelsIsExplainedNextToItAndNothingIsSent() throws Exception {
        mvc.perform(postAsAlice(post("/preferences")).param("etag", "\"7\"")
                        .param("topics[0].topicId", "delivery-updates").param("topics[0].channels", "EMAIL")
                        .param("topics[1].topicId", "account-security")
                        .param("quietStart", "22:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "topics[1].channels", "preferences.error.mandatory"))
                .andExpect(model().attributeHasFieldErrorCode("form", "quietEnd", "preferences.error.quietBoth"))
                .andExpect(content().string(allOf(
                        containsString("id=\"t1-error\">Keep at least one channel for this topic.</span>"),
                        containsString("Give both times, or neither."))));

        assertThat(api.received("PUT", MINE)).isEmpty();
    }

    @Test
    void theApisFieldProblemsAreShownNextToTheirRowOrField() throws Exception {
        api.on("PUT", MINE, 400, """
                {"status":400,"errors":[{"field":"topics[0].channels","message":"PUSH is not allowed for delivery-updates"},
                                        {"field":"quietHours","message":"start and end must differ"}]}""");

        mvc.perform(postAsAlice(post("/preferences")).param("etag", "\"7\"")
                        .param("topics[0].topicId", "delivery-updates").param("topics[0].channels", "PUSH")
                        .param("topics[1].topicId", "account-security").param("topics[1].channels", "EMAIL")
                        .param("quietStart", "22:00").param("quietEnd", "23:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"t0-error\">PUSH is not allowed for delivery-updates</span>"),
                        containsString("id=\"quietStart-error\">start and end must differ</p>"))));
    }

    @Test
    void preferencesChangedElsewhereAreShownAsTheyAreNow() throws Exception {
        api.on("PUT", MINE, 412, "{\"status\":412}", "ETag", "\"8\"");

        mvc.perform(postAsAlice(post("/preferences")).param("etag", "\"6\"")
                        .param("topics[0].topicId", "delivery-updates").param("topics[0].channels", "PUSH")
                        .param("topics[1].topicId", "account-security").param("topics[1].channels", "EMAIL"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("changedElsewhere", true))
                .andExpect(content().string(allOf(containsString("were changed elsewhere in the meantime"),
                        matchesPattern("(?s).*value=\"SMS\" id=\"t0-SMS\"\\s+checked=\"checked\".*"))));
    }

    @Test
    void whenThePreferenceServiceIsDownThePageSaysSoAndTheRestStillWorks() throws Exception {
        api.on("GET", TOPICS, 503, "{}");
        api.on("GET", MINE, 503, "{}");
        api.on("GET", CONSENTS, 503, "{}");

        mvc.perform(asAlice(get("/preferences")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Your preferences can&#39;t be shown right now"),
                        containsString("Your consent history can&#39;t be shown right now"),
                        containsString("href=\"/orders\""), not(containsString("Exception")))));
    }
}
