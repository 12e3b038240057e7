package io.cmr.portal.api.profile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiCall;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.security.SignInRequiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The signed-in customer's profile, contact points and personal data in the public API. A down,
 * failing or slow API costs a page a bounded wait (the client's guards see to it), never an error page.
 * Every method may throw {@link SignInRequiredException} when the API refuses the user's token;
 * changes throw {@link ApiProblem} when refused and {@link RemoteServiceUnavailable} when not answered.
 */
@Component
public class ProfileApi {

    private static final Logger log = LoggerFactory.getLogger(ProfileApi.class);

    private final ProfileClient client;

    ProfileApi(ProfileClient client) {
        this.client = client;
    }

    /** @return the profile with its ETag, or empty when the API cannot give it right now */
    public Optional<Profile> mine() {
        try {
            return Optional.of(call(() -> versioned(client.me())));
        }
        catch (ApiProblem | RemoteServiceUnavailable ex) {
            log.warn("The profile API did not answer usefully: {}", ex.toString());
            return Optional.empty();
        }
    }

    /** A JSON merge patch on the version {@code etag} names; a 412 {@link ApiProblem} when it is not the current one. */
    public Profile change(String etag, Map<String, Object> patch) {
        return call(() -> versioned(client.change(etag, patch)));
    }

    /** @throws RemoteServiceUnavailable when the API cannot give them right now */
    public List<ContactPoint> contactPoints() {
        return call(client::contactPoints);
    }

    public ContactPoint add(NewContactPoint point) {
        return call(() -> client.add(point));
    }

    public ContactPoint verify(String id, String code) {
        return call(() -> client.verify(id, Map.of("code", code)));
    }

    public void sendNewCode(String id) {
        call(() -> {
            client.sendNewCode(id);
            return null;
        });
    }

    public ContactPoint makePrimary(String id) {
        return call(() -> client.makePrimary(id));
    }

    public void remove(String id) {
        call(() -> {
            client.remove(id);
            return null;
        });
    }

    /** Everything held about the customer in every service, as the API's JSON document. */
    public byte[] export() {
        return call(client::export);
    }

    public Erasure erase() {
        return call(client::erase);
    }

    public Erasure erasure(String id) {
        return call(() -> client.erasure(id));
    }

    private static <T> T call(Supplier<T> call) {
        return ApiCall.of(ProfileClient.NAME, call);
    }

    private static Profile versioned(ResponseEntity<Profile> answer) {
        return answer.getBody().withEtag(answer.getHeaders().getETag());
    }
}
