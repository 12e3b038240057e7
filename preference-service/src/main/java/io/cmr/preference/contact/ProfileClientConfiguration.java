package io.cmr.preference.contact;

import io.cmr.platform.MissingSettings;
import io.cmr.platform.remote.ClientCredentials;
import io.cmr.platform.remote.RemoteClients;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** profile-service, called directly (never through the gateway) as this service's own Keycloak client. */
@Configuration(proxyBeanMethods = false)
class ProfileClientConfiguration {

    static final String REGISTRATION = "preference-service";

    @Bean
    ProfileContactPoints profileContactPoints(RemoteClients remoteClients, ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService authorizedClients,
            @Value("${spring.security.oauth2.client.registration." + REGISTRATION + ".client-secret:}") String secret) {
        new MissingSettings().require("spring.security.oauth2.client.registration." + REGISTRATION + ".client-secret", secret)
                .check();
        return remoteClients.create(ProfileContactPoints.class, "profile-service",
                ClientCredentials.of(registrations, authorizedClients, REGISTRATION));
    }
}
