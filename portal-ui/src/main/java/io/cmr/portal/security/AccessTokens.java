package io.cmr.portal.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;

/** The signed-in user's access token, for the portal to call the API as them. */
@Component
public class AccessTokens {

    private final OAuth2AuthorizedClientManager authorizedClients;

    AccessTokens(OAuth2AuthorizedClientManager authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    /**
     * An {@code Authorization} header value for the current user, with a token refreshed first
     * when it is about to expire. Call it on the request's thread: it reads the session.
     *
     * @throws SignInRequiredException when the token cannot be refreshed (the Keycloak session is over)
     */
    public String bearerOfCurrentUser() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        OAuth2AuthorizedClient client;
        try {
            client = authorizedClients.authorize(
                    OAuth2AuthorizeRequest.withClientRegistrationId(KeycloakRegistration.REGISTRATION_ID)
                            .principal(user)
                            .build());
        }
        catch (OAuth2AuthorizationException ex) {
            throw new SignInRequiredException("The access token could not be refreshed", ex);
        }
        if (client == null) {
            throw new SignInRequiredException("No access token in this session", null);
        }
        return "Bearer " + client.getAccessToken().getTokenValue();
    }
}
