package io.cmr.portal.admin;

import io.cmr.portal.ConsolePageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class IncidentsPageTest extends ConsolePageTest {

    static final String INCIDENTS = "/api/v1/incidents";
    static final String LYON = """
            {"id":"inc-lyon1","title":{"fr":"Plateforme de Lyon fermée","en":"Lyon hub closed"},
             "message":{"fr":"Une tempête.","en":"A storm."},"cause":"Storm","expectedResolution":"2099-06-13T12:00:00Z",
             "selector":{"carrier":"demo-carrier","postalCodePrefixes":null,"regions":["FR-ARA"],"statuses":null,"shippedBetween":null},
             "status":"ACTIVE","revision":1,
             "revisions":[{"number":1,"kind":"INCIDENT_DECLARED","message":{"fr":"Une tempête.","en":"A storm."},
                           "expectedResolution":"2099-06-13T12:00:00Z","by":"ada-sub","at":"2026-11-23T09:00:00Z"}],
             "fanOut":{"revision":1,"state":"DONE","customersReached":12,"ordersReached":14,"startedAt":"2026-11-23T09:00:00Z",
                       "finishedAt":"2026-11-23T09:00:02Z","lastError":null},
             "notices":{"customers":12,"sent":{"EMAIL":10,"IN_APP":12},"suppressed":2,"failed":1,"pending":0},
             "createdBy":"ada-sub","createdAt":"2026-11-23T09:00:00Z","resolvedAt":null,"updatedAt":"2026-11-23T09:00:00Z"}""";

    @Test
    void listsTheIncidentsWithTheirCountsAndAFormToDeclareOne() throws Exception {
        api.on("GET", INCIDENTS, 200, "{\"incidents\":[" + LYON + "],\"next\":\"c2\"}");

        mvc.perform(asAda(get("/admin/incidents")))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/incidents"))
                .andExpect(model().attributeExists("incident"))
                .andExpect(content().string(allOf(containsString("href=\"/admin/incidents/inc-lyon1\">Lyon hub closed</a>"),
                        containsString("Active"), containsString("<td>12</td>"), containsString("E-mail 10, "),
                        containsString("In the portal 12"), containsString("<td>2</td>"), containsString("<td>1</td>"),
                        containsString("Nov 23, 2026, 10:00"), containsString("href=\"/admin/incidents?cursor=c2\""),
                        containsString("type=\"datetime-local\""), containsString("name=\"idempotencyKey\""))));
        assertThat(api.received("GET", INCIDENTS).get(0).query()).isEqualTo("limit=20");
    }

    @Test
    void declaringSendsBothLanguagesTheSelectorAndTheTimeInTheAdminsZoneOnce() throws Exception {
        api.on("POST", INCIDENTS, 201, LYON);

        mvc.perform(postAsAda(post("/admin/incidents")).param("idempotencyKey", "key-1")
                        .param("titleFr", "Plateforme de Lyon fermée").param("titleEn", "Lyon hub closed")
                        .param("messageFr", "Une tempête.").param("messageEn", "A storm.").param("cause", "Storm")
                        .param("expectedResolution", "2099-06-13T14:00").param("carrier", " demo-carrier ")
                        .param("regions", "FR-ARA, FR-IDF").param("postalCodePrefixes", "").param("statuses", "IN_TRANSIT"))
                .andExpect(redirectedUrl("/admin/incidents/inc-lyon1"))
                .andExpect(flash().attribute("notice", "console.incident.declared"));

        var sent = api.received("POST", INCIDENTS).get(0);
        assertThat(sent.header("Idempotency-Key")).isEqualTo("key-1");
        assertThat(sent.body()).isEqualTo("""
                {"title":{"fr":"Plateforme de Lyon fermée","en":"Lyon hub closed"},"message":{"fr":"Une tempête.",\
                "en":"A storm."},"cause":"Storm","expectedResolution":"2099-06-13T12:00:00Z","selector":{"carrier":\
                "demo-carrier","regions":["FR-ARA","FR-IDF"],"statuses":["IN_TRANSIT"]}}""");
    }

    @Test
    void missingPartsAndAnEmptySelectorAreExplainedNextToTheirFields() throws Exception {
        api.on("GET", INCIDENTS, 200, "{\"incidents\":[],\"next\":null}");

        mvc.perform(postAsAda(post("/admin/incidents")).param("titleFr", "Lyon").param("expectedResolution", "2001-01-01T10:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("incident", "titleEn", "field.required"))
                .andExpect(model().attributeHasFieldErrorCode("incident", "messageFr", "field.required"))
                .andExpect(model().attributeHasFieldErrorCode("incident", "expectedResolution", "console.incident.error.past"))
                .andExpect(model().attributeHasFieldErrorCode("incident", "carrier", "console.incident.error.selector"))
                .andExpect(content().string(allOf(containsString("Give a time in the future."),
                        containsString("Give a carrier, postal codes, regions or statuses."))));
        assertThat(api.received("POST", INCIDENTS)).isEmpty();
    }

    @Test
    void theApisProblemsAreShownNextToTheSelectorsFields() throws Exception {
        api.on("GET", INCIDENTS, 200, "{\"incidents\":[],\"next\":null}");
        api.on("POST", INCIDENTS, 400, """
                {"status":400,"errors":[{"field":"selector.regions[0]","message":"must be one of FR-ARA, FR-IDF"},
                 {"field":"selector.carrier","message":"must be a carrier id"}]}""");

        mvc.perform(postAsAda(post("/admin/incidents")).param("titleFr", "T").param("titleEn", "T").param("messageFr", "M")
                        .param("messageEn", "M").param("cause", "C").param("expectedResolution", "2099-01-01T10:00")
                        .param("carrier", "bad carrier").param("regions", "FR-XXX"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("incident", "regions", "api.refused"))
                .andExpect(model().attributeHasFieldErrorCode("incident", "carrier", "api.refused"))
                .andExpect(content().string(containsString("must be one of FR-ARA, FR-IDF")));
    }

    @Test
    void anIncidentsPageShowsWhatWasSaidAndItsCountsAndPostsUpdatesOnTheVersionRead() throws Exception {
        api.on("GET", INCIDENTS + "/inc-lyon1", 200, LYON, "ETag", "\"3\"");

        mvc.perform(asAda(get("/admin/incidents/inc-lyon1")).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/incident"))
                .andExpect(content().string(allOf(containsString("<h1>Plateforme de Lyon fermée</h1>"),
                        containsString("Déclaration"), containsString("Une tempête."), containsString("E-mail 10"),
                        containsString("name=\"etag\" value=\"&quot;3&quot;\""), containsString("Publier une mise à jour"))));

        api.on("PATCH", INCIDENTS + "/inc-lyon1", 200, LYON);
        mvc.perform(postAsAda(post("/admin/incidents/inc-lyon1")).param("etag", "\"3\"").param("messageFr", "Réouverte demain.")
                        .param("messageEn", "Reopens tomorrow.").param("expectedResolution", ""))
                .andExpect(redirectedUrl("/admin/incidents/inc-lyon1"))
                .andExpect(flash().attribute("notice", "console.incident.updated"));
        var update = api.received("PATCH", INCIDENTS + "/inc-lyon1").get(0);
        assertThat(update.header("If-Match")).isEqualTo("\"3\"");
        assertThat(update.body()).isEqualTo("{\"message\":{\"fr\":\"Réouverte demain.\",\"en\":\"Reopens tomorrow.\"}}");
    }

    @Test
    void resolvingSendsTheResolutionAndAStaleVersionIsExplained() throws Exception {
        api.on("GET", INCIDENTS + "/inc-lyon1", 200, LYON, "ETag", "\"4\"");
        api.on("PATCH", INCIDENTS + "/inc-lyon1", 200, LYON);
        mvc.perform(postAsAda(post("/admin/incidents/inc-lyon1/resolution")).param("etag", "\"3\""))
                .andExpect(redirectedUrl("/admin/incidents/inc-lyon1"))
                .andExpect(flash().attribute("notice", "console.incident.resolved"));
        assertThat(api.received("PATCH", INCIDENTS + "/inc-lyon1").get(0).body()).isEqualTo("{\"status\":\"RESOLVED\"}");

        api.on("PATCH", INCIDENTS + "/inc-lyon1", 412, "{\"status\":412,\"detail\":\"Changed\"}");
        mvc.perform(postAsAda(post("/admin/incidents/inc-lyon1/resolution")).param("etag", "\"3\""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone changed this meanwhile.")));
    }

    @Test
    void anUpdateWithNothingNewIsRefusedBeforeTheApi() throws Exception {
        api.on("GET", INCIDENTS + "/inc-lyon1", 200, LYON, "ETag", "\"3\"");

        mvc.perform(postAsAda(post("/admin/incidents/inc-lyon1")).param("etag", "\"3\""))
                .andExpect(model().attributeHasFieldErrorCode("update", "messageFr", "console.incident.error.nothing"));
        assertThat(api.received("PATCH", INCIDENTS + "/inc-lyon1")).isEmpty();
    }

    @Test
    void anUnknownIncidentIsNotFoundAndADownServiceIsSaidPlainly() throws Exception {
        api.on("GET", INCIDENTS + "/inc-nope", 404, "{\"status\":404}");
        mvc.perform(asAda(get("/admin/incidents/inc-nope"))).andExpect(status().isNotFound());

        api.on("GET", INCIDENTS, 503, "{}");
        mvc.perform(asAda(get("/admin/incidents")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The incidents can&#39;t be shown right now"),
                        containsString("Declare an incident"), not(containsString("Exception")))));
    }
}
