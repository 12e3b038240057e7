package io.cmr.orderstatus.template;

import java.util.Map;

import io.cmr.orderstatus.notification.CustomerChannel;
import io.cmr.orderstatus.notification.MessageRenderer;
import io.cmr.platform.test.ServiceTest;
import io.cmr.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class TemplatesApiTest {

    private static final String BASE = "/api/v1/admin/templates";

    private final TestTokens tokens;
    private RestTestClient api;
    private String admin;

    @LocalServerPort
    private int port;

    @Autowired
    private MessageRenderer renderer;

    TemplatesApiTest(TestTokens tokens) {
        this.tokens = tokens;
    }

    @BeforeEach
    void connect() {
        api = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        admin = tokens.customer("ada-sub").roles("admin").bearer();
    }

    private RestTestClient.ResponseSpec put(String path, String ifMatch, String json) {
        var request = api.put().uri(BASE + path).header(HttpHeaders.AUTHORIZATION, admin).contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.body(json).exchange();
    }

    @Test
    void everyKindHasDefaultWordsInFrenchAndEnglishForEveryChannel() {
        api.get().uri(BASE + "?topicId=default&kind=INCIDENT_DECLARED").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.templates.length()").isEqualTo(6)
                .jsonPath("$.templates[?(@.channel == 'EMAIL' && @.language == 'fr')].subject").isEqualTo("Incident : {{title}}");
        api.get().uri(BASE + "/default/SHIPPED/EMAIL/en").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"").expectBody()
                .jsonPath("$.subject").isEqualTo("Your order {{orderId}} has shipped")
                .jsonPath("$.placeholders").value(names -> assertThat(names.toString()).contains("trackingNumber"));
    }

    @Test
    void theListIsPagedWithACursor() {
        String[] next = new String[1];
        api.get().uri(BASE + "?language=en&channel=SMS&limit=5").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.templates.length()").isEqualTo(5)
                .jsonPath("$.next").value(String.class, value -> next[0] = value);
        api.get().uri(BASE + "?language=en&channel=SMS&limit=100&cursor=" + next[0]).header(HttpHeaders.AUTHORIZATION, admin)
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.templates.length()").value(Integer.class, count -> assertThat(count).isGreaterThanOrEqualTo(7))
                .jsonPath("$.next").doesNotExist();
        api.get().uri(BASE + "?channel=FAX&limit=0").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains("channel", "limit"));
    }

    @Test
    void anAdminWritesATopicsOwnTemplateAndReplacesItOnlyOnTheVersionRead() {
        String path = "/delivery-updates/DELIVERED/SMS/en";
        put(path, null, "{\"text\":\"Delivered: {{orderId}}! {{reportProblemUrl}}\"}").expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
        put(path, null, "{\"text\":\"again\"}").expectStatus().isEqualTo(428);
        put(path, "\"1\"", "{\"text\":\"Delivered {{orderId}}\"}").expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
        put(path, "\"1\"", "{\"text\":\"lost update\"}").expectStatus().isEqualTo(412)
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
        put("/delivery-updates/DELIVERED/SMS/fr", "\"1\"", "{\"text\":\"x\"}").expectStatus().isEqualTo(412);

        assertThat(renderer.render("delivery-updates", "DELIVERED", CustomerChannel.SMS, "en", Map.of("orderId", "O-9")).text())
                .isEqualTo("Delivered O-9");
        assertThat(renderer.render("order-updates", "DELIVERED", CustomerChannel.SMS, "en", Map.of("orderId", "O-9")).text())
                .startsWith("Order O-9 delivered.");
    }

    @Test
    void anUnknownPlaceholderIsRefusedByNameAndNothingIsStored() {
        put("/delivery-updates/SHIPPED/EMAIL/fr", null,
                "{\"subject\":\"Hi {{firstName}}\",\"text\":\"{{orderId}}\",\"html\":\"<p>{{orderId}</p>\"}")
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("subject")
                .jsonPath("$.errors[0].message").value(String.class, m -> assertThat(m).contains("{{firstName}}"))
                .jsonPath("$.errors[1].field").isEqualTo("html");
        api.get().uri(BASE + "/delivery-updates/SHIPPED/EMAIL/fr").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void badKeysMissingPartsAndUnknownFieldsAreProblems() {
        put("/Bad Topic/NOPE/FAX/de", null, "{\"text\":\"x\"}").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[*].field").value(f -> assertThat(f.toString()).contains("topicId", "kind", "channel", "language"));
        put("/default/SHIPPED/EMAIL/en", "\"1\"", "{\"text\":\"x\"}").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[*].field").value(f -> assertThat(f.toString()).contains("subject", "html"));
        put("/default/SHIPPED/SMS/en", "\"1\"", "{\"text\":\"x\",\"colour\":\"red\"}").expectStatus().isBadRequest();
        put("/default/SHIPPED/SMS/en", "\"1\"", "{\"text\":\"" + "x".repeat(1000) + "\"}").expectStatus().isBadRequest();
        put("/default/SHIPPED/SMS/en", "W/\"1\"", "{\"text\":\"x\"}").expectStatus().isEqualTo(412);
    }

    @Test
    void thePreviewRendersSamplesOrGivenValuesAndEscapesThemInHtml() {
        api.post().uri(BASE + "/preview").header(HttpHeaders.AUTHORIZATION, admin).contentType(MediaType.APPLICATION_JSON)
                .body("{\"topicId\":\"service-incidents\",\"kind\":\"INCIDENT_DECLARED\",\"channel\":\"EMAIL\",\"language\":\"fr\","
                        + "\"values\":{\"message\":\"<b>Grève</b>\"}}")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.language").isEqualTo("fr")
                .jsonPath("$.subject").isEqualTo("Incident : Lyon hub closed")
                .jsonPath("$.text").value(String.class, text -> assertThat(text).startsWith("<b>Grève</b>"))
                .jsonPath("$.html").value(String.class, html -> assertThat(html).contains("&lt;b&gt;Grève&lt;/b&gt;"));
        api.post().uri(BASE + "/preview").header(HttpHeaders.AUTHORIZATION, admin).contentType(MediaType.APPLICATION_JSON)
                .body("{\"topicId\":\"default\",\"kind\":\"SHIPPED\",\"channel\":\"IN_APP\",\"language\":\"en\","
                        + "\"template\":{\"subject\":\"{{orderId}}\",\"text\":\"{{nope}}\"}}")
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("template.text");
        api.post().uri(BASE + "/preview").header(HttpHeaders.AUTHORIZATION, admin).contentType(MediaType.APPLICATION_JSON)
                .body("{\"topicId\":\"default\",\"kind\":\"SHIPPED\",\"channel\":\"IN_APP\",\"language\":\"en\","
                        + "\"template\":{\"subject\":\"Hey {{orderId}}\",\"text\":\"t\"}}")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.subject").isEqualTo("Hey CMD-10042");
    }

    @Test
    void aMissingLanguageFallsBackToTheOther() {
        put("/order-updates/SHIPPED/IN_APP/en", null, "{\"subject\":\"Shipped {{orderId}}\",\"text\":\"On its way\"}")
                .expectStatus().isCreated();

        assertThat(renderer.render("order-updates", "SHIPPED", CustomerChannel.IN_APP, "en", Map.of("orderId", "O-1")).subject())
                .isEqualTo("Shipped O-1");
        assertThat(renderer.render("order-updates", "SHIPPED", CustomerChannel.IN_APP, "fr", Map.of("orderId", "O-1")).subject())
                .isEqualTo("Votre commande O-1 est expédiée");
        // Push says what in-app says.
        assertThat(renderer.render("order-updates", "SHIPPED", CustomerChannel.PUSH, "en", Map.of("orderId", "O-1")).subject())
                .isEqualTo("Shipped O-1");
    }

    @Test
    void onlyAdminsReachTemplates() {
        api.get().uri(BASE).exchange().expectStatus().isUnauthorized();
        api.get().uri(BASE).header(HttpHeaders.AUTHORIZATION, tokens.customer("cal-sub").bearer()).exchange()
                .expectStatus().isForbidden();
        api.get().uri(BASE).header(HttpHeaders.AUTHORIZATION, tokens.customer("sam-sub").roles("support").bearer()).exchange()
                .expectStatus().isForbidden();
        api.post().uri(BASE + "/preview").header(HttpHeaders.AUTHORIZATION, tokens.partner("demo-merchant", "orders:write").bearer())
                .contentType(MediaType.APPLICATION_JSON).body("{}").exchange().expectStatus().isForbidden();
    }
}
