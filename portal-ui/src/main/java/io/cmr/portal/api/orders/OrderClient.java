package io.cmr.portal.api.orders;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The order-status part of the public API, through the gateway (settings: {@code cmr.remote.clients.orders}). */
interface OrderClient {

    String NAME = "orders";

    @GetMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
    OrderPage list(@RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "cursor", required = false) String cursor, @RequestParam("limit") int limit);

    @GetMapping(path = "/api/v1/orders/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Order one(@PathVariable("id") String id);

    @PutMapping(path = "/api/v1/orders/{id}/delivery-instructions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Order.DeliveryInstructions instructions(@PathVariable("id") String id, @RequestBody Map<String, String> instructions);

    @PostMapping(path = "/api/v1/orders/{id}/problems", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> reportProblem(@PathVariable("id") String id, @RequestBody Map<String, String> problem);
}
