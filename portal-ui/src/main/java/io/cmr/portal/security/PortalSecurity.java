package io.cmr.portal.security;

import java.net.URI;

import io.cmr.platform.security.TokenProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Browser login with Keycloak (authorization code + PKCE), a session with CSRF protection, and a
 * logout that ends the Keycloak session too. Every page needs a login unless listed here.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    /**
     * The favicon too: a browser asks for it unprompted, and it must not become the page to return to
     * after login. Actuator answers only on the management port, which the gateway never routes.
     */
    private static final String[] PUBLIC_PATHS = { "/", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
            "/livez", "/readyz", "/actuator/**",
            // An e-mail's unsubscribe link: its token, not a login, says whose and what.
            "/unsubscribe" };

    @Bean
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http, ClientRegistrationRepository registrations,
            TokenProperties realm) {
        return http
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentPolicy(realm))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        // The consoles: Keycloak realm roles (KeycloakRoles); anyone else signed in gets 403.
                        .requestMatchers("/admin", "/admin/**").hasRole("admin")
                        .requestMatchers("/support", "/support/**").hasRole("support")
                        .anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(toLogin()))
                .oauth2Login(login -> login
                        // Keycloak is the only way in: no page to choose one.
                        .loginPage(KeycloakRegistration.LOGIN_PATH)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce(registrations)))
                        // Not back to Keycloak, which could loop when its answer keeps being refused.
                        .failureUrl("/?login=failed"))
                .logout(logout -> logout.logoutSuccessHandler(keycloakLogout(registrations)))
                .build();
    }

    /**
     * Nothing but the portal's own files runs or loads, no inline script or style; forms post to the
     * portal, whose logout then redirects to Keycloak, so Keycloak is a form target too.
     */
    static String contentPolicy(TokenProperties realm) {
        URI keycloak = URI.create(realm.issuerUri());
        String keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + keycloakOrigin;
    }

    /** Tokens live and die with the user's session, and leave with it at logout. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Straight to Keycloak; an htmx request never follows that redirect itself, the page does. */
    private static AuthenticationEntryPoint toLogin() {
        return DelegatingAuthenticationEntryPoint.builder()
                .addEntryPointFor(Htmx.LOGIN_ENTRY_POINT, Htmx.REQUEST)
                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint(KeycloakRegistration.LOGIN_PATH))
                .build();
    }

    /** Spring Security sends PKCE only for public clients by default; Keycloak requires it of the portal too. */
    private static OAuth2AuthorizationRequestResolver withPkce(ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /** RP-initiated logout: Keycloak ends its session for the ID token, then sends the browser back home. */
    private static LogoutSuccessHandler keycloakLogout(ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        return handler;
    }
}
