package io.cmr.portal.api.profile;

import java.util.Optional;

import feign.FeignException;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.security.SignInRequiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The signed-in customer's profile from the public API. A down, failing or slow API costs a page
 * a bounded wait and an apology, never an error: the client's guards see to the wait.
 */
@Component
public class ProfileApi {

    private static final Logger log = LoggerFactory.getLogger(ProfileApi.class);

    private final ProfileClient client;

    ProfileApi(ProfileClient client) {
        this.client = client;
    }

    /**
     * @return the profile, or empty when the API cannot give it right now
     * @throws SignInRequiredException when the API refuses the user's token
     */
    public Optional<Profile> mine() {
        try {
            return Optional.of(client.me());
        }
        catch (FeignException.Unauthorized ex) {
            throw new SignInRequiredException("The API refused the access token", ex);
        }
        catch (FeignException | RemoteServiceUnavailable ex) {
            log.warn("The profile API did not answer usefully: {}", ex.toString());
            return Optional.empty();
        }
    }
}
