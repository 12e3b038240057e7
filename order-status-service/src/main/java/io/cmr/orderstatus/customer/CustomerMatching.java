package io.cmr.orderstatus.customer;

import java.util.Optional;

import feign.FeignException;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Finds the customer an order's email address belongs to, through profile-service. An address no
 * customer has verified, or profile-service not answering, leaves the order unmatched: it is kept
 * with its address, and the merchant's next PUT tries again.
 */
@Component
public class CustomerMatching {

    private static final Logger log = LoggerFactory.getLogger(CustomerMatching.class);

    private final ProfileDirectory profiles;

    CustomerMatching(ProfileDirectory profiles) {
        this.profiles = profiles;
    }

    public Optional<String> customerWithEmail(String email) {
        try {
            return Optional.ofNullable(profiles.byEmail(email).customerId());
        }
        catch (FeignException.NotFound ex) {
            return Optional.empty();
        }
        catch (RemoteServiceUnavailable ex) {
            log.warn("Order kept unmatched: profile-service did not answer ({})", ex.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Whether profile-service knows the customer by a verified contact point.
     *
     * @throws RemoteServiceUnavailable when it did not answer
     */
    public boolean hasVerifiedContactPoint(String customerId) {
        return !profiles.contactPoints(customerId).isEmpty();
    }
}
