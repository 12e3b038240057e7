package io.cmr.portal.api.notifications;

import java.util.List;
import java.util.function.Supplier;

import io.cmr.platform.remote.RemoteClients;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiCall;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.security.AccessTokens;
import io.cmr.portal.security.SignInRequiredException;

import org.springframework.stereotype.Component;

/**
 * The customer's inbox, the notices about each order and the incidents that concern them, in the
 * public API. Every method may throw {@link SignInRequiredException}, {@link ApiProblem} (a 4xx: 404
 * for a notice or order that is not theirs) and {@link RemoteServiceUnavailable} (no usable answer).
 */
@Component
public class NotificationApi {

    private final NotificationClient client;
    private final NotificationClient unreadClient;

    NotificationApi(RemoteClients remoteClients, AccessTokens tokens) {
        this.client = remoteClients.create(NotificationClient.class, NotificationClient.NAME, tokens::bearerOfCurrentUser);
        this.unreadClient = remoteClients.create(NotificationClient.class, NotificationClient.UNREAD,
                tokens::bearerOfCurrentUser);
    }

    public NotificationPage inbox(String cursor, int limit) {
        return call(() -> client.list(cursor, limit));
    }

    /** Idempotent: a notice already read stays read since the first time. */
    public Notification read(String id) {
        return call(() -> client.read(id));
    }

    /** The notices about one of the customer's orders, newest first. */
    public List<OrderNotice> ofOrder(String orderId) {
        return call(() -> client.ofOrder(orderId));
    }

    public List<MyIncident> myIncidents() {
        MyIncident.Mine mine = call(client::myIncidents);
        return mine.incidents() == null ? List.of() : mine.incidents();
    }

    /** The unread count alone (the smallest page), through the header's own quickly-giving-up guards. */
    public long unread() {
        return ApiCall.of(NotificationClient.UNREAD, () -> unreadClient.list(null, 1)).unread();
    }

    private static <T> T call(Supplier<T> call) {
        return ApiCall.of(NotificationClient.NAME, call);
    }
}
