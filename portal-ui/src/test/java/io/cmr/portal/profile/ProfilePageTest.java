package io.cmr.portal.profile;

import io.cmr.portal.SignedInPageTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
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

class ProfilePageTest extends SignedInPageTest {

    static final String POINTS = "/api/v1/profile/me/contact-points";

    static final String TWO_POINTS = """
            [{"id":"cp-1","type":"EMAIL","label":"Home","primary":true,"status":"VERIFIED","value":"alice@example.com",
              "createdAt":"2025-03-01T10:00:00Z","verifiedAt":"2025-03-01T10:05:00Z"},
             {"id":"cp-2","type":"PHONE","label":null,"primary":false,"status":"UNVERIFIED","value":"+33612345678",
              "codeExpiresAt":"2025-03-02T10:10:00Z","createdAt":"2025-03-02T10:00:00Z"}]""";

    @Test
    void showsTheProfileAndContactPointsInTheProfilesLanguage() throws Exception {
        aliceSpeaks("fr");
        api.on("GET", POINTS, 200, TWO_POINTS);

        mvc.perform(asAlice(get("/profile")))
                .andExpect(status().isOk())
                .andExpect(view().name("profile"))
                .andExpect(model().attribute("details", org.hamcrest.Matchers.hasProperty("etag", org.hamcrest.Matchers.is("\"3\""))))
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\">"),
                        containsString("<title>Mon profil – CMR</title>"), containsString("value=\"Alice\""),
                        containsString("value=\"Liddell\""), containsString("alice@example.com"),
                        containsString("1 mars 2025"), containsString("<option value=\"Europe/Paris\" selected=\"selected\">"),
                        containsString("+33612345678"), containsString("Pas encore vérifié"), containsString("Principal"),
                        containsString("aria-current=\"page\""),
                        containsString("<label for=\"point-value\">"), containsString("<input type=\"text\" id=\"point-value\""),
                        containsString("<label for=\"point-type\">"), containsString("<select id=\"point-type\" name=\"type\""))));

        assertThat(api.last().header("Authorization")).as("the test login's token").isEqualTo("Bearer access-token");
    }

    @Test
    void theLanguageSwitchWinsOverTheProfilesLanguage() throws Exception {
        aliceSpeaks("fr");

        mvc.perform(asAlice(get("/profile").param("lang", "en")))
                .andExpect(content().string(allOf(containsString("<html lang=\"en\">"),
                        containsString("<title>My profile – CMR</title>"), containsString("March 1, 2025"))));
    }

    @Test
    void whenTheApiFailsThePageStillRendersAndSaysSo() throws Exception {
        api.answer(503, "{}");

        mvc.perform(asAlice(get("/profile")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("be shown right now"),
                        containsString("Try again"), not(containsString("Liddell")))));
        mvc.perform(asAlice(get("/profile")).header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(content().string(containsString("Votre profil ne peut pas être affiché pour le moment")));
    }

    @Test
    void whenOnlyContactPointsFailTheDetailsStillShow() throws Exception {
        aliceSpeaks("en");
        api.on("GET", POINTS, 503, "{}");

        mvc.perform(asAlice(get("/profile")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Liddell\""),
                        containsString("Your contact points can&#39;t be shown right now"))));
    }

    @Test
    void tryingAgainWithHtmxReloadsOnlyTheProfilePart() throws Exception {
        aliceSpeaks("en");

        mvc.perform(asAlice(get("/profile")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<section id=\"profile\""), containsString("Liddell"),
                        not(containsString("<html")))));
    }

    @Test
    void savingTheDetailsSendsAMergePatchOnTheVersionRead() throws Exception {
        aliceSpeaks("en");
        api.on("PATCH", PROFILE, 200, alice("fr", "America/Montreal"), "ETag", "\"4\"");

        mvc.perform(postAsAlice(post("/profile")).param("givenName", " Alicia ").param("familyName", "")
                        .param("language", "fr").param("timezone", "America/Montreal").param("etag", "\"3\""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("notice", "profile.saved"))
                .andExpect(header().string(HttpHeaders.SET_COOKIE, containsString("cmr-language=fr")));

        var patch = api.received("PATCH", PROFILE).get(0);
        assertThat(patch.header("If-Match")).isEqualTo("\"3\"");
        assertThat(patch.header("Content-Type")).startsWith("application/merge-patch+json");
        assertThat(patch.body()).isEqualTo(
                "{\"givenName\":\"Alicia\",\"familyName\":null,\"language\":\"fr\",\"timezone\":\"America/Montreal\"}");
    }

    @Test
    void aNameTooLongIsShownNextToItAndNothingIsSent() throws Exception {
        aliceSpeaks("en");

        mvc.perform(postAsAlice(post("/profile")).param("givenName", "A".repeat(101)).param("language", "en")
                        .param("etag", "\"3\""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("details", "givenName", "field.tooLong"))
                .andExpect(content().string(allOf(containsString("aria-invalid=\"true\""),
                        containsString("id=\"givenName-error\">At most 100 characters.</p>"))));

        assertThat(api.received("PATCH", PROFILE)).isEmpty();
    }

    @Test
    void theApisFieldProblemsAreShownNextToTheirFields() throws Exception {
        aliceSpeaks("en");
        api.on("PATCH", PROFILE, 400, """
                {"type":"https://cmr.io/problems/validation","title":"Invalid request","status":400,
                 "detail":"The request has invalid fields: familyName",
                 "errors":[{"field":"familyName","message":"must not contain control characters"}]}""");

        mvc.perform(postAsAlice(post("/profile")).param("givenName", "Alice").param("familyName", "Lid")
                        .param("language", "en").param("etag", "\"3\""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("details", "familyName", "api.refused"))
                .andExpect(content().string(allOf(
                        containsString("id=\"familyName-error\">must not contain control characters</p>"),
                        containsString("value=\"Lid\""))));
        mvc.perform(postAsAlice(post("/profile")).param("familyName", "Lid").param("language", "fr")
                        .param("etag", "\"3\"").header(HttpHeaders.ACCEPT_LANGUAGE, "fr").param("lang", "fr"))
                .andExpect(content().string(
                        containsString("id=\"familyName-error\">Refusé par le service : must not contain control characters</p>")));
    }

    @Test
    void aProfileChangedElsewhereIsShownAsItIsNowAndSaysSo() throws Exception {
        aliceSpeaks("en");
        api.on("PATCH", PROFILE, 412, "{\"status\":412,\"detail\":\"The data changed since you read it\"}",
                "ETag", "\"4\"");

        mvc.perform(postAsAlice(post("/profile")).param("givenName", "Mine").param("language", "en")
                        .param("etag", "\"2\""))
                .andExpect(status().isOk())
                .andExpect(model().attribute("changedElsewhere", true))
                .andExpect(content().string(allOf(containsString("was changed elsewhere in the meantime"),
                        containsString("value=\"Alice\""), not(containsString("value=\"Mine\"")))));
    }

    @Test
    void whenTheProfileServiceIsDownTheFormKeepsWhatWasTypedAndSaysItWasNotSaved() throws Exception {
        aliceSpeaks("en");
        api.on("PATCH", PROFILE, 503, "{}");

        mvc.perform(postAsAlice(post("/profile")).param("givenName", "Mine").param("language", "en")
                        .param("etag", "\"3\""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This could not be saved"),
                        containsString("value=\"Mine\""))));
    }

    @Test
    void addingAnEmailSaysWhereTheCodeWasSent() throws Exception {
        api.on("POST", POINTS, 201, """
                {"id":"cp-3","type":"EMAIL","label":"Work","primary":false,"status":"UNVERIFIED",
                 "value":"alice@work.example","createdAt":"2025-03-02T10:00:00Z"}""");

        mvc.perform(postAsAlice(post("/profile/contact-points")).param("type", "EMAIL").param("label", "Work")
                        .param("value", " alice@work.example "))
                .andExpect(redirectedUrl("/profile#contact-points"))
                .andExpect(flash().attribute("notice", "contact.codeSent"))
                .andExpect(flash().attribute("noticeArgument", "alice@work.example"));

        assertThat(api.received("POST", POINTS).get(0).body())
                .isEqualTo("{\"type\":\"EMAIL\",\"label\":\"Work\",\"value\":\"alice@work.example\"}");
    }

    @Test
    void aPostalAddressIsSentWithItsLines() throws Exception {
        api.on("POST", POINTS, 201, """
                {"id":"cp-4","type":"POSTAL","primary":true,"status":"VERIFIED","value":null,
                 "postal":{"lines":["1 rue de Rivoli","Bât. A"],"postalCode":"75001","city":"Paris","country":"FR"}}""");

        mvc.perform(postAsAlice(post("/profile/contact-points")).param("type", "POSTAL")
                        .param("lines", "1 rue de Rivoli\r\nBât. A\r\n").param("postalCode", "75001")
                        .param("city", "Paris").param("country", "fr"))
                .andExpect(flash().attribute("notice", "contact.added"));

        assertThat(api.received("POST", POINTS).get(0).body()).isEqualTo("{\"type\":\"POSTAL\",\"postal\":"
                + "{\"lines\":[\"1 rue de Rivoli\",\"Bât. A\"],\"postalCode\":\"75001\",\"city\":\"Paris\",\"country\":\"FR\"}}");
    }

    @Test
    void anAddressTheApiRefusesIsShownNextToTheValueField() throws Exception {
        aliceSpeaks("en");
        api.on("GET", POINTS, 200, TWO_POINTS);
        api.on("POST", POINTS, 400, """
                {"status":400,"detail":"The request has invalid fields: value",
                 "errors":[{"field":"value","message":"must be an e-mail address"}]}""");

        mvc.perform(postAsAlice(post("/profile/contact-points")).param("type", "EMAIL").param("value", "not-an-address"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("newPoint", "value"))
                .andExpect(content().string(allOf(
                        containsString("id=\"point-value-error\">must be an e-mail address</p>"),
                        containsString("value=\"not-an-address\""))));
    }

    @Test
    void aDuplicateAddressIsExplainedAboveTheForm() throws Exception {
        aliceSpeaks("en");
        api.on("GET", POINTS, 200, TWO_POINTS);
        api.on("POST", POINTS, 409, "{\"status\":409,\"detail\":\"This address is already one of your contact points.\"}");

        mvc.perform(postAsAlice(post("/profile/contact-points")).param("type", "EMAIL").param("value", "a@b.example"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This address is already one of your contact points.")));
    }

    @Test
    void anEmptyAddressIsRequiredBeforeAnythingIsSent() throws Exception {
        aliceSpeaks("en");

        mvc.perform(postAsAlice(post("/profile/contact-points")).param("type", "PHONE").param("value", " "))
                .andExpect(model().attributeHasFieldErrorCode("newPoint", "value", "field.required"));

        assertThat(api.received("POST", POINTS)).isEmpty();
    }

    @Test
    void theRightCodeVerifiesThePoint() throws Exception {
        api.on("POST", POINTS + "/cp-2/verification", 200, """
                {"id":"cp-2","type":"PHONE","primary":true,"status":"VERIFIED","value":"+33612345678"}""");

        mvc.perform(postAsAlice(post("/profile/contact-points/cp-2/verification")).param("code", " 123456 "))
                .andExpect(redirectedUrl("/profile#contact-points"))
                .andExpect(flash().attribute("notice", "contact.verified"));

        assertThat(api.received("POST", POINTS + "/cp-2/verification").get(0).body()).isEqualTo("{\"code\":\"123456\"}");
    }

    @Test
    void aWrongCodeIsShownNextToThatPointsCodeField() throws Exception {
        aliceSpeaks("en");
        api.on("GET", POINTS, 200, TWO_POINTS);
        api.on("POST", POINTS + "/cp-2/verification", 400, """
                {"status":400,"errors":[{"field":"code","message":"is wrong; 4 tries left"}]}""");

        mvc.perform(postAsAlice(post("/profile/contact-points/cp-2/verification")).param("code", "000000"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("codeFor", "cp-2"))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"code-cp-2\"[^>]*aria-invalid=\"true\".*id=\"code-cp-2-error\">is wrong; 4 tries left</p>.*")));
    }

    @Test
    void makingPrimaryAndRemovingCallTheApiAndComeBack() throws Exception {
        api.on("POST", POINTS + "/cp-1/primary", 200, """
                {"id":"cp-1","type":"EMAIL","primary":true,"status":"VERIFIED","value":"alice@example.com"}""");
        api.on("DELETE", POINTS + "/cp-2", 204, "");

        mvc.perform(postAsAlice(post("/profile/contact-points/cp-1/primary")))
                .andExpect(flash().attribute("notice", "contact.madePrimary"));
        mvc.perform(postAsAlice(post("/profile/contact-points/cp-2/removal")))
                .andExpect(redirectedUrl("/profile#contact-points"))
                .andExpect(flash().attribute("notice", "contact.removed"));

        assertThat(api.received("DELETE", POINTS + "/cp-2")).hasSize(1);
    }

    @Test
    void askingForANewCodeTooSoonIsExplainedNextToThePoint() throws Exception {
        api.on("POST", POINTS + "/cp-2/verification-code", 429, "{\"status\":429}", "Retry-After", "20");

        mvc.perform(postAsAlice(post("/profile/contact-points/cp-2/code")))
                .andExpect(flash().attribute("pointProblemFor", "cp-2"))
                .andExpect(flash().attribute("pointProblem", "contact.error.tooSoon"));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(asAlice(post("/profile/contact-points/cp-2/removal")))
                .andExpect(status().isForbidden());

        assertThat(api.received()).isEmpty();
    }

    @Test
    void aTokenTheApiRefusesSendsTheUserToLogInAgain() throws Exception {
        api.answer(401, "{}");

        mvc.perform(asAlice(get("/profile")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/oauth2/authorization/portal"));
        assertThat(session.getAttribute("SPRING_SECURITY_SAVED_REQUEST")).as("the page to come back to").isNotNull();
    }

    @Test
    void whenTheApiAlsoRefusesTheFreshLoginsTokenTheUserGetsAnErrorNotARedirectLoop() throws Exception {
        api.answer(401, "{}");

        mvc.perform(asAlice(get("/profile"))).andExpect(redirectedUrl("/oauth2/authorization/portal"));
        mvc.perform(asAlice(get("/profile")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION));
    }

    @Test
    void htmxIsToldToSendTheWholePageToLogin() throws Exception {
        api.answer(401, "{}");

        mvc.perform(asAlice(get("/profile")).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/oauth2/authorization/portal"));
    }

    @Test
    void logoutEndsTheKeycloakSessionAndComesBackHome() throws Exception {
        mvc.perform(postAsAlice(post("/logout")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost:8180/realms/cmr/protocol/openid-connect/logout"
                        + "?id_token_hint=alice-id-token&post_logout_redirect_uri=http://localhost/"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void logoutWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(asAlice(post("/logout")))
                .andExpect(status().isForbidden());
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void thePortalsOwnFailuresShowAFriendlyPage() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(allOf(containsString("<title>Un problème est survenu – CMR</title>"),
                        containsString("Réessayez dans un instant"), not(containsString("Exception")))));
    }
}
