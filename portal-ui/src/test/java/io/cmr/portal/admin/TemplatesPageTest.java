package io.cmr.portal.admin;

import io.cmr.portal.ConsolePageTest;
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

class TemplatesPageTest extends ConsolePageTest {

    static final String TEMPLATES = "/api/v1/admin/templates";
    static final String SHIPPED_EMAIL_FR = TEMPLATES + "/default/SHIPPED/EMAIL/fr";
    static final String SHIPPED = """
            {"topicId":"default","kind":"SHIPPED","channel":"EMAIL","language":"fr","subject":"Commande {{orderId}} expédiée",
             "text":"Votre commande {{orderId}} est en route avec {{carrier}}.","html":"<p>En route</p>",
             "placeholders":["carrier","orderId"],"version":4,"updatedBy":"ada","updatedAt":"2026-11-20T10:00:00Z"}""";

    @Test
    void listsTheTemplatesPerTopicKindChannelAndLanguage() throws Exception {
        api.on("GET", TEMPLATES, 200, "{\"templates\":[" + SHIPPED + ","
                + SHIPPED.replace("\"EMAIL\"", "\"SMS\"").replace("\"subject\":\"Commande {{orderId}} expédiée\"", "\"subject\":null")
                + "],\"next\":null}");

        mvc.perform(asAda(get("/admin/templates")).param("topicId", "default"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/templates"))
                .andExpect(content().string(allOf(containsString("Commande {{orderId}} expédiée"),
                        containsString("href=\"/admin/templates/edit?topicId=default&amp;kind=SHIPPED&amp;channel=EMAIL&amp;language=fr\""),
                        containsString("(no subject)"), containsString("French"))));
        assertThat(api.received("GET", TEMPLATES).get(0).query()).isEqualTo("topicId=default&limit=200");
    }

    @Test
    void aTemplateOpensWithItsPlaceholdersAndAPreviewThatHtmxRefreshes() throws Exception {
        api.on("GET", SHIPPED_EMAIL_FR, 200, SHIPPED, "ETag", "\"4\"");

        mvc.perform(asAda(get("/admin/templates/edit")).param("topicId", "default").param("kind", "SHIPPED")
                        .param("channel", "EMAIL").param("language", "fr"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/template"))
                .andExpect(content().string(allOf(containsString("{{carrier}}"), containsString("{{orderId}}"),
                        containsString("name=\"version\" value=\"4\""), containsString("hx-post=\"/admin/templates/preview\""),
                        containsString("name=\"action\" value=\"preview\""), containsString("est en route avec {{carrier}}."))));
    }

    @Test
    void aKeyWithoutATemplateOpensAnEmptyFormThatCreatesIt() throws Exception {
        mvc.perform(asAda(get("/admin/templates/edit")).param("topicId", "recalls").param("kind", "SHIPPED")
                        .param("channel", "SMS").param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("saving creates it"), not(containsString("template-subject")))));
    }

    @Test
    void savingSendsTheWordsOnTheVersionRead() throws Exception {
        api.on("PUT", SHIPPED_EMAIL_FR, 200, SHIPPED);

        mvc.perform(postAsAda(post("/admin/templates/edit")).param("action", "save").param("topicId", "default")
                        .param("kind", "SHIPPED").param("channel", "EMAIL").param("language", "fr").param("version", "4")
                        .param("subject", "Expédiée").param("text", "En route {{orderId}}").param("html", ""))
                .andExpect(redirectedUrl("/admin/templates?topicId=default"))
                .andExpect(flash().attribute("notice", "console.template.saved"));
        assertThat(api.received("PUT", SHIPPED_EMAIL_FR).get(0).header("If-Match")).isEqualTo("\"4\"");
        assertThat(api.received("PUT", SHIPPED_EMAIL_FR).get(0).body())
                .isEqualTo("{\"subject\":\"Expédiée\",\"text\":\"En route {{orderId}}\",\"html\":null}");
    }

    @Test
    void anUnknownPlaceholderIsShownNextToTheFieldThatHasIt() throws Exception {
        api.on("PUT", SHIPPED_EMAIL_FR, 400, """
                {"status":400,"errors":[{"field":"text","message":"unknown placeholder {{parcel}}; allowed: carrier, orderId"}]}""");

        mvc.perform(postAsAda(post("/admin/templates/edit")).param("action", "save").param("topicId", "default")
                        .param("kind", "SHIPPED").param("channel", "EMAIL").param("language", "fr").param("version", "4")
                        .param("subject", "Expédiée").param("text", "Colis {{parcel}}"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("template", "text", "api.refused"))
                .andExpect(content().string(allOf(containsString("id=\"template-text-error\""),
                        containsString("unknown placeholder {{parcel}}"), containsString("Colis {{parcel}}"))));
    }

    @Test
    void thePreviewButtonShowsTheRenderedDraftWithoutJavaScript() throws Exception {
        api.on("POST", TEMPLATES + "/preview", 200, """
                {"language":"fr","subject":"Commande A-1001 expédiée","text":"En route avec colissimo.","html":"<p>En route</p>",
                 "values":{"orderId":"A-1001","carrier":"colissimo"}}""");

        mvc.perform(postAsAda(post("/admin/templates/edit")).param("action", "preview").param("topicId", "default")
                        .param("kind", "SHIPPED").param("channel", "EMAIL").param("language", "fr")
                        .param("subject", "Commande {{orderId}} expédiée").param("text", "En route avec {{carrier}}."))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Commande A-1001 expédiée"),
                        containsString("En route avec colissimo."), containsString("&lt;p&gt;En route&lt;/p&gt;"))));
        assertThat(api.received("POST", TEMPLATES + "/preview").get(0).body()).contains(
                "\"template\":{\"subject\":\"Commande {{orderId}} expédiée\",\"text\":\"En route avec {{carrier}}.\",\"html\":null}",
                "\"topicId\":\"default\"", "\"channel\":\"EMAIL\"");
    }

    @Test
    void htmxGetsOnlyThePreviewWithTheDraftsProblemsInIt() throws Exception {
        api.on("POST", TEMPLATES + "/preview", 400, """
                {"status":400,"errors":[{"field":"template.subject","message":"unknown placeholder {{nope}}"}]}""");

        mvc.perform(postAsAda(post("/admin/templates/preview")).header("HX-Request", "true").param("topicId", "default")
                        .param("kind", "SHIPPED").param("channel", "EMAIL").param("language", "fr")
                        .param("subject", "{{nope}}").param("text", "t"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<section id=\"preview\""),
                        containsString("unknown placeholder {{nope}}"), not(containsString("<html")))));
    }

    @Test
    void whenTheOrderServiceIsDownTheListSaysSoAndAPreviewToo() throws Exception {
        api.on("GET", TEMPLATES, 503, "{}");
        api.on("POST", TEMPLATES + "/preview", 503, "{}");

        mvc.perform(asAda(get("/admin/templates")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The templates can&#39;t be shown right now")));
        mvc.perform(postAsAda(post("/admin/templates/preview")).header("HX-Request", "true").param("topicId", "default")
                        .param("kind", "SHIPPED").param("channel", "EMAIL").param("language", "fr").param("text", "t"))
                .andExpect(content().string(containsString("The preview can&#39;t be made right now")));
    }
}
