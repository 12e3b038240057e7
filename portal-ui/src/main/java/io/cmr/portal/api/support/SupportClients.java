package io.cmr.portal.api.support;

import java.util.List;
import java.util.Map;

import io.cmr.portal.api.orders.OrderPage;
import io.cmr.portal.api.preference.Preferences;
import io.cmr.portal.api.profile.Profile;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The support parts of the public API, one client per service so that each keeps its own guards. */
final class SupportClients {

    private SupportClients() {
    }

    /** profile-service (settings: {@code cmr.remote.clients.profile}). */
    interface Profiles {

        String NAME = "profile";

        @GetMapping(path = "/api/v1/customers", produces = MediaType.APPLICATION_JSON_VALUE)
        Profile byEmail(@RequestParam("email") String email);

        @GetMapping(path = "/api/v1/customers/{id}/profile", produces = MediaType.APPLICATION_JSON_VALUE)
        Profile profile(@PathVariable("id") String customerId);
    }

    /** preference-service (settings: {@code cmr.remote.clients.preference}). */
    interface Preference {

        String NAME = "preference";

        @GetMapping(path = "/api/v1/customers/{id}/preferences", produces = MediaType.APPLICATION_JSON_VALUE)
        Preferences preferences(@PathVariable("id") String customerId);
    }

    /** order-status-service (settings: {@code cmr.remote.clients.orders}). */
    interface Orders {

        String NAME = "orders";

        @GetMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
        OrderPage orders(@RequestParam("customerId") String customerId, @RequestParam("limit") int limit);

        @GetMapping(path = "/api/v1/orders/{id}/notices", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Notice> notices(@PathVariable("id") String orderId);

        @GetMapping(path = "/api/v1/contact-reasons", produces = MediaType.APPLICATION_JSON_VALUE)
        List<ContactReasons.Category> contactReasons();

        @PostMapping(path = "/api/v1/contacts", consumes = MediaType.APPLICATION_JSON_VALUE,
                produces = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> recordContact(@RequestHeader("Idempotency-Key") String idempotencyKey,
                @RequestBody Map<String, Object> contact);
    }
}
