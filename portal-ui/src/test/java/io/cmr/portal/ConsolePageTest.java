package io.cmr.portal;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/** Console pages, signed in as ada (role admin) or sam (role support); English and Paris time unless a test says otherwise. */
public abstract class ConsolePageTest extends SignedInPageTest {

    @BeforeEach
    void english() {
        aliceSpeaks("en");
    }

    protected MockHttpServletRequestBuilder asAda(MockHttpServletRequestBuilder request) {
        return request.session(session).with(staff("ada", "ROLE_admin"));
    }

    protected MockHttpServletRequestBuilder postAsAda(MockHttpServletRequestBuilder request) {
        return asAda(request).with(csrf());
    }

    protected MockHttpServletRequestBuilder asSam(MockHttpServletRequestBuilder request) {
        return request.session(session).with(staff("sam", "ROLE_support"));
    }

    protected MockHttpServletRequestBuilder postAsSam(MockHttpServletRequestBuilder request) {
        return asSam(request).with(csrf());
    }

    private OidcLoginRequestPostProcessor staff(String name, String role) {
        return oidcLogin().clientRegistration(registrations.findByRegistrationId("portal"))
                .authorities(new SimpleGrantedAuthority("OIDC_USER"), new SimpleGrantedAuthority(role))
                .idToken(token -> token.tokenValue(name + "-id-token").subject(name + "-sub").claim("given_name", name));
    }
}
