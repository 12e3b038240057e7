package io.cmr.portal.api.notifications;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The notifications and incidents of order-status-service in the public API, through the gateway.
 * Pages use it as client {@code orders} (that service's guards); the header's unread count as
 * client {@code unread}, with guards of its own that give up quickly.
 */
interface NotificationClient {

    String NAME = "orders";
    String UNREAD = "unread";

    @GetMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
    NotificationPage list(@RequestParam(name = "cursor", required = false) String cursor,
            @RequestParam("limit") int limit);

    @PostMapping(path = "/api/v1/notifications/{id}/read", produces = MediaType.APPLICATION_JSON_VALUE)
    Notification read(@PathVariable("id") String id);

    @GetMapping(path = "/api/v1/orders/{id}/notices", produces = MediaType.APPLICATION_JSON_VALUE)
    List<OrderNotice> ofOrder(@PathVariable("id") String orderId);

    @GetMapping(path = "/api/v1/incidents/mine", produces = MediaType.APPLICATION_JSON_VALUE)
    MyIncident.Mine myIncidents();
}
