package io.cmr.profile.orders;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** order-status-service's internal contract for attaching orders kept under an address. */
interface OrderStatusClient {

    record VerifiedEmail(String address) {
    }

    record Attached(long attached) {
    }

    @PostMapping("/internal/v1/customers/{customerId}/verified-emails")
    Attached verified(@PathVariable("customerId") String customerId, @RequestBody VerifiedEmail email);
}
