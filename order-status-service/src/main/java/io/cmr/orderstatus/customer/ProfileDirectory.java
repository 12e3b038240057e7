package io.cmr.orderstatus.customer;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** profile-service's internal contract for finding a customer by a verified email address. */
interface ProfileDirectory {

    record CustomerRef(String customerId) {
    }

    /** 404 (Feign's NotFound) when no customer has verified the address. */
    @GetMapping("/internal/v1/contact-points/by-email")
    CustomerRef byEmail(@RequestParam("address") String address);

    /** The customer's verified contact points; none for an unknown customer. */
    @GetMapping("/internal/v1/customers/{customerId}/contact-points")
    List<Map<String, Object>> contactPoints(@PathVariable("customerId") String customerId);
}
