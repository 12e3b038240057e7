package io.cmr.orderstatus.customer;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** profile-service's internal contract for finding a customer by a verified email address. */
interface ProfileDirectory {

    record CustomerRef(String customerId) {
    }

    /** 404 (Feign's NotFound) when no customer has verified the address. */
    @GetMapping("/internal/v1/contact-points/by-email")
    CustomerRef byEmail(@RequestParam("address") String address);
}
