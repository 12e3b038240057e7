package io.cmr.portal.profile;

import io.cmr.portal.StubApi;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages of a signed-in customer, the API being a stub on loopback. The login and its access token
 * come from Spring Security's test support; the real login with Keycloak is the system tests' business.
 */
@SpringBootTest
@ActiveProfiles("local")
@AutoConfigureMockMvc
class ProfilePageTest {

    static final StubApi api = StubApi.start();

    static final String ALICE = """
            {"customerId":"alice-sub","givenName":"Alice","familyName":"Liddell","email":"alice@example.com",
             "language":"fr","createdAt":"2025-03-01T10:00:00Z","updatedAt":"2025-03-01T10:00:00Z"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    MockHttpSession session;

    @DynamicPropertySource
    static void pointAtTheStub(DynamicPropertyRegistry registry) {
        registry.add("cmr.remote.clients.profile.url", api::uri);
    }

    @BeforeEach
    void openSession() {
        session = new MockHttpSession();
    }

    @AfterEach
    void reset() {
        api.reset();
        circuitBreakers.circuitBreaker("profile").reset();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void showsTheCustomersProfileFromTheApi() throws Exception {
        api.answer(200, ALICE);

        mvc.perform(asAlice(get("/profile")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>My profile – CMR</title>"),
                        containsString("Alice"), containsString("Liddell"), containsString("alice@example.com"),
                        containsString("French"), containsString("March 1, 2025"),
                        containsString("aria-current=\"page\""))));

        assertThat(api.last().header("Authorization")).as("the test login's token").isEqualTo("Bearer access-token");
    }

    @Test
    void showsItInFrenchToo() throws Exception {
        api.answer(200, ALICE);

        mvc.perform(asAlice(get("/profile")).header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\">"),
                        containsString("Prénom"), containsString("français"), containsString("1 mars 2025"))));
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
    void tryingAgainWithHtmxReloadsOnlyTheProfilePart() throws Exception {
        api.answer(200, ALICE);

        mvc.perform(asAlice(get("/profile")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<section id=\"profile\""), containsString("Liddell"),
                        not(containsString("<html")))));
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
        mvc.perform(asAlice(post("/logout")).with(csrf()))
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

    private MockHttpServletRequestBuilder asAlice(MockHttpServletRequestBuilder request) {
        return request.session(session).with(alice());
    }

    private OidcLoginRequestPostProcessor alice() {
        return oidcLogin().clientRegistration(portal())
                .idToken(token -> token.tokenValue("alice-id-token").subject("alice-sub").claim("given_name", "Alice"));
    }

    private ClientRegistration portal() {
        return registrations.findByRegistrationId("portal");
    }
}
