package io.cmr.orderstatus.notification.preference;

import io.cmr.platform.remote.ClientCredentials;
import io.cmr.platform.remote.RemoteClients;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** The guarded client of preference-service ({@code cmr.remote.clients.preference.*}), called as this service. */
@Configuration(proxyBeanMethods = false)
class PreferenceClient {

    @Bean
    PreferenceService preferenceService(RemoteClients clients, ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService authorizedClients) {
        return clients.create(PreferenceService.class, "preference",
                ClientCredentials.of(registrations, authorizedClients, "order-status-service"));
    }
}
