package io.cmr.preference.contact;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** profile-service's internal contract: a customer's VERIFIED contact points, [] for an unknown customer. */
interface ProfileContactPoints {

    @GetMapping("/internal/v1/customers/{customerId}/contact-points")
    List<ContactPoint> verified(@PathVariable("customerId") String customerId);
}
