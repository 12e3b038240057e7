package io.cmr.portal.api.preference;

import java.util.List;
import java.util.function.Supplier;

import io.cmr.platform.remote.RemoteClients;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiCall;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.security.AccessTokens;
import io.cmr.portal.security.SignInRequiredException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The topic catalog, the customer's preferences and consent history in the public API. Every
 * method may throw {@link SignInRequiredException}, {@link ApiProblem} (a 4xx) and
 * {@link RemoteServiceUnavailable} (no usable answer).
 */
@Component
public class PreferenceApi {

    private final PreferenceClient client;

    PreferenceApi(RemoteClients remoteClients, AccessTokens tokens) {
        this.client = remoteClients.create(PreferenceClient.class, PreferenceClient.NAME, tokens::bearerOfCurrentUser);
    }

    public List<Topic> topics() {
        return call(client::topics);
    }

    public Preferences mine() {
        return call(() -> versioned(client.mine()));
    }

    /** Replaces the preferences at the version {@code etag} names; a 412 {@link ApiProblem} when it is not the current one. */
    public Preferences replace(String etag, PreferencesChange change) {
        return call(() -> versioned(client.replace(etag, change)));
    }

    public ConsentPage consents(String cursor, int limit) {
        return call(() -> client.consents(cursor, limit));
    }

    private static <T> T call(Supplier<T> call) {
        return ApiCall.of(PreferenceClient.NAME, call);
    }

    private static Preferences versioned(ResponseEntity<Preferences> answer) {
        return answer.getBody().withEtag(answer.getHeaders().getETag());
    }
}
