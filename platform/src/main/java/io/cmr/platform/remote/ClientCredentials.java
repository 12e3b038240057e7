package io.cmr.platform.remote;

import java.time.Duration;
import java.util.List;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * Calls made as this app itself (service to service): an access token of the client credentials
 * grant, kept by Spring Security until shortly before it expires, then fetched again.
 */
public final class ClientCredentials implements CallerCredentials {

    /** Without them a hung identity provider would hold the caller forever, before any guard applies. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private final OAuth2AuthorizedClientManager manager;
    private final OAuth2AuthorizeRequest request;
    private final String registrationId;

    private ClientCredentials(OAuth2AuthorizedClientManager manager, String registrationId) {
        this.manager = manager;
        this.registrationId = registrationId;
        this.request = OAuth2AuthorizeRequest.withClientRegistrationId(registrationId).principal(registrationId).build();
    }

    /**
     * @param registrationId a registration of the client credentials grant
     *        ({@code spring.security.oauth2.client.registration.<id>})
     */
    public static ClientCredentials of(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientService authorizedClients, String registrationId) {
        ClientCredentialsOAuth2AuthorizedClientProvider provider = new ClientCredentialsOAuth2AuthorizedClientProvider();
        provider.setAccessTokenResponseClient(tokenResponseClient());
        AuthorizedClientServiceOAuth2AuthorizedClientManager manager =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(provider);
        return new ClientCredentials(manager, registrationId);
    }

    /**
     * @throws RemoteServiceUnavailable when no token could be had
     */
    @Override
    public String authorization() {
        OAuth2AuthorizedClient client;
        try {
            client = manager.authorize(request);
        }
        catch (OAuth2AuthorizationException ex) {
            throw new RemoteServiceUnavailable("the token endpoint of " + registrationId, ex);
        }
        if (client == null) {
            throw new IllegalStateException(registrationId + " is not a client credentials registration");
        }
        return "Bearer " + client.getAccessToken().getTokenValue();
    }

    /** Spring Security's own client, with timeouts. */
    private static RestClientClientCredentialsTokenResponseClient tokenResponseClient() {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(CONNECT_TIMEOUT);
        requests.setReadTimeout(READ_TIMEOUT);
        RestClientClientCredentialsTokenResponseClient client = new RestClientClientCredentialsTokenResponseClient();
        client.setRestClient(RestClient.builder()
                .requestFactory(requests)
                .messageConverters(List.of(new FormHttpMessageConverter(), new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }
}
