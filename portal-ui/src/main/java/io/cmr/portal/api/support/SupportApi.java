package io.cmr.portal.api.support;

import java.util.List;
import java.util.Map;

import io.cmr.platform.remote.RemoteClients;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiCall;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.api.orders.OrderPage;
import io.cmr.portal.api.preference.Preferences;
import io.cmr.portal.api.profile.Profile;
import io.cmr.portal.security.AccessTokens;
import io.cmr.portal.security.SignInRequiredException;

import org.springframework.stereotype.Component;

/**
 * What the support console asks of the public API, as the signed-in agent: a customer found by
 * e-mail, their profile, preferences, orders and each order's notices, and the contacts the agent
 * records. The services audit these reads. Every method may throw {@link SignInRequiredException},
 * {@link ApiProblem} (a 4xx) and {@link RemoteServiceUnavailable}.
 */
@Component
public class SupportApi {

    private final SupportClients.Profiles profiles;
    private final SupportClients.Preference preferences;
    private final SupportClients.Orders orders;

    SupportApi(RemoteClients remoteClients, AccessTokens tokens) {
        this.profiles = remoteClients.create(SupportClients.Profiles.class, SupportClients.Profiles.NAME,
                tokens::bearerOfCurrentUser);
        this.preferences = remoteClients.create(SupportClients.Preference.class, SupportClients.Preference.NAME,
                tokens::bearerOfCurrentUser);
        this.orders = remoteClients.create(SupportClients.Orders.class, SupportClients.Orders.NAME,
                tokens::bearerOfCurrentUser);
    }

    /** @throws ApiProblem 404 when no customer has this e-mail */
    public Profile customerByEmail(String email) {
        return ApiCall.of(SupportClients.Profiles.NAME, () -> profiles.byEmail(email));
    }

    public Profile profile(String customerId) {
        return ApiCall.of(SupportClients.Profiles.NAME, () -> profiles.profile(customerId));
    }

    public Preferences preferences(String customerId) {
        return ApiCall.of(SupportClients.Preference.NAME, () -> preferences.preferences(customerId));
    }

    /** The customer's most recent orders, newest first. */
    public OrderPage orders(String customerId, int limit) {
        return ApiCall.of(SupportClients.Orders.NAME, () -> orders.orders(customerId, limit));
    }

    public List<Notice> notices(String orderId) {
        return ApiCall.of(SupportClients.Orders.NAME, () -> orders.notices(orderId));
    }

    public List<ContactReasons.Category> contactReasons() {
        return ApiCall.of(SupportClients.Orders.NAME, orders::contactReasons);
    }

    /** @param idempotencyKey the same for a form sent twice, so that it records one contact */
    public void recordContact(String idempotencyKey, Map<String, Object> contact) {
        ApiCall.of(SupportClients.Orders.NAME, () -> orders.recordContact(idempotencyKey, contact));
    }
}
