package io.cmr.profile.profile;

import java.time.Instant;
import java.util.List;

import io.cmr.profile.contact.ContactPoint;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A customer's identity data and contact points, one document per customer, keyed by the Keycloak
 * subject. Stored as it is by the driver's record codec, so it stays public.
 *
 * @param timezone an IANA zone id, null until the customer chooses one
 * @param version increases with every change; it is the profile's ETag
 */
public record Profile(
        @BsonId String customerId,
        String givenName,
        String familyName,
        String email,
        String language,
        String timezone,
        List<ContactPoint> contactPoints,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** Documents stored before contact points existed have none. */
    public Profile {
        contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
    }
}
