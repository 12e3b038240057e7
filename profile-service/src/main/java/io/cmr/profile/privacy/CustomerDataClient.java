package io.cmr.profile.privacy;

import java.util.Map;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The internal export and erasure endpoints every CMR service offers (the cross-service contract). */
interface CustomerDataClient {

    @GetMapping("/internal/v1/customers/{customerId}/export")
    Map<String, Object> export(@PathVariable("customerId") String customerId);

    @DeleteMapping("/internal/v1/customers/{customerId}")
    void erase(@PathVariable("customerId") String customerId);
}
