package io.cmr.orderstatus.customer;

import io.cmr.platform.remote.ClientCredentials;
import io.cmr.platform.remote.RemoteClients;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** The one guarded client of profile-service ({@code cmr.remote.clients.profile-service.*}), called as this service. */
@Configuration(proxyBeanMethods = false)
class ProfileClient {

    @Bean
    ProfileDirectory profileDirectory(RemoteClients clients, ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService authorizedClients) {
        return clients.create(ProfileDirectory.class, "profile-service",
                ClientCredentials.of(registrations, authorizedClients, "order-status-service"));
    }
}
