package io.cmr.preference.contact;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** profile-service's internal contract: customers' VERIFIED contact points. */
interface ProfileContactPoints {

    /** [] for an unknown customer. */
    @GetMapping("/internal/v1/customers/{customerId}/contact-points")
    List<ContactPoint> verified(@PathVariable("customerId") String customerId);

    /** Up to 1,000 customers in one call; a customer without a profile is absent from the answer. */
    @PostMapping("/internal/v1/contact-points/lookup")
    Lookup lookup(@RequestBody LookupRequest request);

    record LookupRequest(List<String> customerIds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Lookup(Map<String, List<ContactPoint>> customers) {
    }
}
