package io.cmr.portal.api.profile;

import io.cmr.platform.remote.RemoteClients;
import io.cmr.portal.security.AccessTokens;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProfileApiConfiguration {

    @Bean
    ProfileClient profileClient(RemoteClients remoteClients, AccessTokens tokens) {
        return remoteClients.create(ProfileClient.class, ProfileClient.NAME, tokens::bearerOfCurrentUser);
    }
}
