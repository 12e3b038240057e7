package io.cmr.orderstatus.customer;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.stereotype.Component;

/** A customer's verified contact points, read from profile-service at the moment they are needed. */
@Component
public class ContactPoints {

    private final ProfileDirectory profiles;

    ContactPoints(ProfileDirectory profiles) {
        this.profiles = profiles;
    }

    /**
     * The verified point with that id, empty when the customer no longer has it verified.
     *
     * @throws io.cmr.platform.remote.RemoteServiceUnavailable when profile-service does not answer
     */
    public Optional<ContactPoint> verified(String customerId, String contactPointId) {
        return profiles.contactPoints(customerId).stream().filter(point -> point.id().equals(contactPointId)).findFirst();
    }

    /**
     * @param type {@code EMAIL}, {@code PHONE} or {@code POSTAL}
     * @param value the e-mail address or E.164 number, null for a postal address
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContactPoint(String id, String type, String label, boolean primary, String value) {
    }
}
