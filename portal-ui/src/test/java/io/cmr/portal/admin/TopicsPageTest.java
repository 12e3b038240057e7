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

class TopicsPageTest extends ConsolePageTest {

    static final String TOPICS = "/api/v1/topics";
    static final String CATALOG = """
            [{"id":"delivery-updates","name":{"fr":"Suivi de livraison","en":"Delivery updates"},
              "description":{"fr":"Expédition, livraison.","en":"Shipping, delivery."},"category":"TRANSACTIONAL",
              "allowedChannels":["EMAIL","SMS","IN_APP"],"defaultChannels":["EMAIL"],"mandatory":true,"version":3},
             {"id":"offers","name":{"fr":"Offres","en":"Offers"},"description":{"fr":"Promotions.","en":"Promotions."},
              "category":"MARKETING","allowedChannels":["EMAIL"],"defaultChannels":[],"mandatory":false,"version":1}]""";

    @Test
    void listsTheCatalogInThePagesLanguageWithAFormToAddATopic() throws Exception {
        api.on("GET", TOPICS, 200, CATALOG);

        mvc.perform(asAda(get("/admin/topics")))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/topics"))
                .andExpect(model().attributeExists("topic"))
                .andExpect(content().string(allOf(containsString("<title>Topics – CMR</title>"),
                        containsString("href=\"/admin/topics/delivery-updates\""), containsString("Delivery updates"),
                        containsString("Transactional"), containsString("E-mail, </span><span>SMS, </span><span>In the portal</span>"),
                        containsString("Add a topic"), containsString("name=\"allowedChannels\""))));
        mvc.perform(asAda(get("/admin/topics")).param("lang", "fr"))
                .andExpect(content().string(allOf(containsString("Suivi de livraison"), containsString("Transactionnel"),
                        containsString("Ajouter un sujet"))));
    }

    @Test
    void aNewTopicIsSentToTheApiInBothLanguages() throws Exception {
        api.on("POST", "/api/v1/admin/topics", 201, """
                {"id":"recalls","name":{"fr":"Rappels","en":"Recalls"},"description":{"fr":"R","en":"R"},
                 "category":"TRANSACTIONAL","allowedChannels":["EMAIL","SMS"],"defaultChannels":["EMAIL"],
                 "mandatory":true,"version":1}""");

        mvc.perform(postAsAda(post("/admin/topics")).param("id", "Recalls").param("nameFr", "Rappels")
                        .param("nameEn", "Recalls").param("descriptionFr", "Rappels de sécurité")
                        .param("descriptionEn", "Safety recalls").param("category", "TRANSACTIONAL")
                        .param("allowedChannels", "EMAIL", "SMS").param("defaultChannels", "EMAIL")
                        .param("mandatory", "true"))
                .andExpect(redirectedUrl("/admin/topics"))
                .andExpect(flash().attribute("notice", "console.topic.created"));

        assertThat(api.received("POST", "/api/v1/admin/topics").get(0).body()).isEqualTo("""
                {"id":"recalls","name":{"fr":"Rappels","en":"Recalls"},"description":{"fr":"Rappels de sécurité",\
                "en":"Safety recalls"},"category":"TRANSACTIONAL","allowedChannels":["EMAIL","SMS"],\
                "defaultChannels":["EMAIL"],"mandatory":true}""");
    }

    @Test
    void missingTextsAreExplainedNextToTheirFieldsAndNothingIsSent() throws Exception {
        api.on("GET", TOPICS, 200, CATALOG);

        mvc.perform(postAsAda(post("/admin/topics")).param("id", "x").param("nameFr", "Rappels"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("topic", "id", "console.topic.error.id"))
                .andExpect(model().attributeHasFieldErrorCode("topic", "nameEn", "field.required"))
                .andExpect(model().attributeHasFieldErrorCode("topic", "allowedChannels", "console.topic.error.allowed"))
                .andExpect(content().string(allOf(containsString("Offer at least one channel."),
                        containsString("aria-describedby=\"topic-name-en-error\""))));
        assertThat(api.received("POST", "/api/v1/admin/topics")).isEmpty();
    }

    @Test
    void theApisProblemsAreShownNextToTheFieldTheyName() throws Exception {
        api.on("GET", TOPICS, 200, CATALOG);
        api.on("POST", "/api/v1/admin/topics", 400, """
                {"status":400,"detail":"Invalid request","errors":[{"field":"defaultChannels","message":"must be among the allowed channels"},
                 {"field":"name.en","message":"size must be between 0 and 500"}]}""");

        mvc.perform(postAsAda(post("/admin/topics")).param("id", "recalls").param("nameFr", "R").param("nameEn", "R")
                        .param("descriptionFr", "D").param("descriptionEn", "D").param("category", "TRANSACTIONAL")
                        .param("allowedChannels", "EMAIL").param("defaultChannels", "SMS"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("topic", "defaultChannels", "api.refused"))
                .andExpect(model().attributeHasFieldErrorCode("topic", "nameEn", "api.refused"))
                .andExpect(content().string(containsString("must be among the allowed channels")));
    }

    @Test
    void aTopicIsChangedOnTheVersionReadAndAConcurrentChangeIsExplained() throws Exception {
        api.on("GET", TOPICS, 200, CATALOG);
        mvc.perform(asAda(get("/admin/topics/offers")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Change topic offers"), containsString("value=\"Offers\""),
                        containsString("name=\"version\" value=\"1\""), containsString("Remove this topic"))));

        api.on("PUT", "/api/v1/admin/topics/offers", 412, "{\"status\":412,\"detail\":\"Changed\"}");
        mvc.perform(postAsAda(post("/admin/topics/offers")).param("version", "1").param("nameFr", "Offres")
                        .param("nameEn", "Deals").param("descriptionFr", "P").param("descriptionEn", "P")
                        .param("category", "MARKETING").param("allowedChannels", "EMAIL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone changed this meanwhile.")));
        assertThat(api.received("PUT", "/api/v1/admin/topics/offers").get(0).header("If-Match")).isEqualTo("\"1\"");
        assertThat(api.received("PUT", "/api/v1/admin/topics/offers").get(0).body()).startsWith("{\"id\":null,");
    }

    @Test
    void aTopicIsRemoved() throws Exception {
        api.on("DELETE", "/api/v1/admin/topics/offers", 204, "");

        mvc.perform(postAsAda(post("/admin/topics/offers/delete")))
                .andExpect(redirectedUrl("/admin/topics"))
                .andExpect(flash().attribute("notice", "console.topic.removed"));
        assertThat(api.received("DELETE", "/api/v1/admin/topics/offers")).hasSize(1);
    }

    @Test
    void whenThePreferenceServiceIsDownThePageSaysSo() throws Exception {
        api.on("GET", TOPICS, 503, "{}");

        mvc.perform(asAda(get("/admin/topics")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The topics can&#39;t be shown right now")));
    }
}
