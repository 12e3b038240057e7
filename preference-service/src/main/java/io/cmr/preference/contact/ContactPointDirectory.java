package io.cmr.preference.contact;

import java.util.List;
import java.util.Map;

import feign.FeignException;
import io.cmr.platform.remote.RemoteServiceUnavailable;

import org.springframework.stereotype.Service;

/** Where senders' plans find how each customer of a batch can be reached: one call to profile-service per batch. */
@Service
public class ContactPointDirectory {

    private final ProfileContactPoints profile;

    ContactPointDirectory(ProfileContactPoints profile) {
        this.profile = profile;
    }

    /**
     * Each known customer's verified contact points; a customer profile-service does not know is absent.
     *
     * @param customerIds at most 1,000
     * @throws RemoteServiceUnavailable when profile-service gave no usable answer
     */
    public Map<String, List<ContactPoint>> verifiedOf(List<String> customerIds) {
        try {
            Map<String, List<ContactPoint>> customers = profile.lookup(new ProfileContactPoints.LookupRequest(customerIds))
                    .customers();
            return customers == null ? Map.of() : customers;
        }
        catch (FeignException ex) {
            // A refusal (a token without scope internal, a contract mismatch) is no answer either.
            throw new RemoteServiceUnavailable("profile-service", ex);
        }
    }
}
