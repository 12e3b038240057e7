package io.cmr.orderstatus.customer;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** profile-service's internal contract: a customer by a verified email address, a customer's verified contact points. */
interface ProfileDirectory {

    record CustomerRef(String customerId) {
    }

    /** 404 (Feign's NotFound) when no customer has verified the address. */
    @GetMapping("/internal/v1/contact-points/by-email")
    CustomerRef byEmail(@RequestParam("address") String address);

    /** Verified points only; an unknown customer has none. */
    @GetMapping("/internal/v1/customers/{customerId}/contact-points")
    List<ContactPoints.ContactPoint> contactPoints(@PathVariable("customerId") String customerId);
}
