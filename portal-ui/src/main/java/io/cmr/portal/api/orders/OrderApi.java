package io.cmr.portal.api.orders;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.cmr.platform.remote.RemoteClients;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiCall;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.security.AccessTokens;
import io.cmr.portal.security.SignInRequiredException;

import org.springframework.stereotype.Component;

/**
 * The customer's orders and their self-service in the public API. Every method may throw
 * {@link SignInRequiredException}, {@link ApiProblem} (a 4xx: 404 for an order that is not theirs)
 * and {@link RemoteServiceUnavailable} (no usable answer).
 */
@Component
public class OrderApi {

    private final OrderClient client;

    OrderApi(RemoteClients remoteClients, AccessTokens tokens) {
        this.client = remoteClients.create(OrderClient.class, OrderClient.NAME, tokens::bearerOfCurrentUser);
    }

    /** @param status only orders in this status, or all when null */
    public OrderPage list(String status, String cursor, int limit) {
        return call(() -> client.list(status, cursor, limit));
    }

    public Order one(String orderId) {
        return call(() -> client.one(orderId));
    }

    /** Blank instructions are left out; the API wants at least one. */
    public Order.DeliveryInstructions instructions(String orderId, String safePlace, String neighbour, String accessCode) {
        Map<String, String> body = new HashMap<>();
        putIfGiven(body, "safePlace", safePlace);
        putIfGiven(body, "neighbour", neighbour);
        putIfGiven(body, "accessCode", accessCode);
        return call(() -> client.instructions(orderId, body));
    }

    /** @param reason NOT_RECEIVED, DAMAGED, WRONG_ITEM, MISSING_ITEM, LATE or OTHER */
    public void reportProblem(String orderId, String reason, String text) {
        Map<String, String> body = new HashMap<>();
        putIfGiven(body, "reason", reason);
        putIfGiven(body, "text", text);
        call(() -> client.reportProblem(orderId, body));
    }

    private static void putIfGiven(Map<String, String> body, String name, String value) {
        if (value != null && !value.isBlank()) {
            body.put(name, value.strip());
        }
    }

    private static <T> T call(Supplier<T> call) {
        return ApiCall.of(OrderClient.NAME, call);
    }
}
