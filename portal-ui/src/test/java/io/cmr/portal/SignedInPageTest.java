package io.cmr.portal;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Pages of a signed-in customer, the API being a stub on loopback that every page test shares
 * (so they share one application context). The login and its access token come from Spring
 * Security's test support; the real login with Keycloak is the system tests' business.
 */
@SpringBootTest
@ActiveProfiles("local")
@AutoConfigureMockMvc
public abstract class SignedInPageTest {

    protected static final StubApi api = StubApi.shared();

    protected static final String PROFILE = "/api/v1/profile/me";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    ClientRegistrationRepository registrations;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    protected MockHttpSession session;

    @DynamicPropertySource
    static void pointAtTheStub(DynamicPropertyRegistry registry) {
        registry.add("cmr.remote.clients.profile.url", api::uri);
    }

    @BeforeEach
    void openSession() {
        session = new MockHttpSession();
    }

    @AfterEach
    void resetTheApi() {
        api.reset();
        circuitBreakers.getAllCircuitBreakers().forEach(breaker -> breaker.reset());
    }

    /** Alice's profile, in English and Paris time unless a test says otherwise. */
    protected static String alice(String language, String timezone) {
        return """
                {"customerId":"alice-sub","givenName":"Alice","familyName":"Liddell","email":"alice@example.com",
                 "language":"%s","timezone":%s,"createdAt":"2025-03-01T10:00:00Z","updatedAt":"2025-03-01T10:00:00Z"}"""
                .formatted(language, timezone == null ? "null" : "\"" + timezone + "\"");
    }

    protected static void aliceSpeaks(String language) {
        api.on("GET", PROFILE, 200, alice(language, "Europe/Paris"), "ETag", "\"3\"");
    }

    protected MockHttpServletRequestBuilder asAlice(MockHttpServletRequestBuilder request) {
        return request.session(session).with(alice());
    }

    protected MockHttpServletRequestBuilder postAsAlice(MockHttpServletRequestBuilder request) {
        return asAlice(request).with(csrf());
    }

    private OidcLoginRequestPostProcessor alice() {
        return oidcLogin().clientRegistration(registrations.findByRegistrationId("portal"))
                .idToken(token -> token.tokenValue("alice-id-token").subject("alice-sub").claim("given_name", "Alice"));
    }
}
