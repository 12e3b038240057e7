package io.cmr.profile.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cmr.platform.MissingSettings;
import io.cmr.platform.remote.ClientCredentials;
import io.cmr.platform.remote.RemoteClients;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The services that hold customer data besides this one, by the name of their part in an export
 * ({@code cmr.remote.clients.<name>.url}), called as this service with a client-credentials token.
 */
@Component
class OtherServices {

    static final String REGISTRATION = "profile-service";
    static final String[] NAMES = { "preference", "order-status" };

    private final Map<String, CustomerDataClient> clients = new LinkedHashMap<>();

    OtherServices(RemoteClients remoteClients, ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService authorizedClients,
            @Value("${spring.security.oauth2.client.registration.profile-service.client-secret:}") String secret) {
        new MissingSettings().require("spring.security.oauth2.client.registration.profile-service.client-secret",
                secret.isBlank() ? null : secret).check();
        ClientCredentials credentials = ClientCredentials.of(registrations, authorizedClients, REGISTRATION);
        for (String name : NAMES) {
            clients.put(name, remoteClients.create(CustomerDataClient.class, name, credentials));
        }
    }

    Map<String, CustomerDataClient> byName() {
        return clients;
    }
}
