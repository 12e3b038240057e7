package io.cmr.portal.api.unsubscribe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.cmr.platform.remote.RemoteClients;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiCall;
import io.cmr.portal.api.ApiProblem;

import org.springframework.stereotype.Component;

/** Turns off the one topic-channel an unsubscribe link names, as anyone holding the link may. */
@Component
public class UnsubscribeApi {

    /** What became of the link. */
    public enum Result {
        /** Off now, or already off. */
        TURNED_OFF,
        /** The last channel of a mandatory topic: it stays on. */
        MANDATORY,
        /** The topic no longer exists. */
        TOPIC_GONE,
        /** Forged, altered or expired: nothing changed. */
        INVALID
    }

    private final UnsubscribeClient client;

    UnsubscribeApi(RemoteClients remoteClients) {
        // No user's token: the link's own signed token is what allows it.
        this.client = remoteClients.create(UnsubscribeClient.class, UnsubscribeClient.NAME, () -> null);
    }

    /**
     * @param clientAddress the address of the person confirming: the gateway limits anonymous calls per address, and
     *        without it every customer's confirmation would count against the portal's own one
     * @throws RemoteServiceUnavailable when preference-service gave no usable answer, or a refusal that says nothing of the link
     */
    public Result unsubscribe(String token, String clientAddress) {
        String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&List-Unsubscribe=One-Click";
        try {
            ApiCall.of(UnsubscribeClient.NAME, () -> client.unsubscribe(clientAddress, form));
            return Result.TURNED_OFF;
        }
        catch (ApiProblem refused) {
            return switch (refused.status()) {
                case 400 -> Result.INVALID;
                case 409 -> Result.MANDATORY;
                case 410 -> Result.TOPIC_GONE;
                // A 429 (too many from that address) or anything else: the link may well be good, nothing changed, try again.
                default -> throw new RemoteServiceUnavailable(UnsubscribeClient.NAME, refused);
            };
        }
    }
}
