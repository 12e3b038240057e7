package io.cmr.portal.security;

import java.util.Map;

import io.cmr.platform.security.TokenProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The portal's registration with Keycloak, its endpoints derived from the realm's issuer. Not
 * discovered: the local stack starts everything at once and the portal must not wait for Keycloak.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalClientProperties.class)
class KeycloakRegistration {

    static final String REGISTRATION_ID = "portal";

    /** Where Spring Security starts the login with Keycloak. */
    static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    @Bean
    ClientRegistrationRepository clientRegistrations(TokenProperties realm, PortalClientProperties client) {
        // The browser goes to the public address; the portal itself calls Keycloak on the back channel.
        String browserEndpoints = realm.issuerUri().replaceAll("/+$", "") + "/protocol/openid-connect";
        String endpoints = realm.effectiveBackChannelUri() + "/protocol/openid-connect";
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(client.id())
                .clientSecret(client.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                // The host the browser used, through the gateway or not (forwarded headers are applied).
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(client.scopes())
                // Set, so that the ID token's "iss" is checked as discovery would have it checked.
                .issuerUri(realm.issuerUri())
                .authorizationUri(browserEndpoints + "/auth")
                .tokenUri(endpoints + "/token")
                .jwkSetUri(realm.effectiveJwkSetUri())
                .userInfoUri(endpoints + "/userinfo")
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", browserEndpoints + "/logout"))
                .build());
    }
}
