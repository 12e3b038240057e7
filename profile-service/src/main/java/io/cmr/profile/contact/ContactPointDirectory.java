package io.cmr.profile.contact;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.mongodb.client.model.Filters;
import io.cmr.profile.profile.Profile;
import io.cmr.profile.profile.Profiles;

import org.springframework.stereotype.Service;

/** Where other services find how to reach a customer: verified points only. */
@Service
class ContactPointDirectory {

    private final Profiles profiles;

    ContactPointDirectory(Profiles profiles) {
        this.profiles = profiles;
    }

    List<ContactPoint> verifiedPointsOf(String customerId) {
        return profiles.find(customerId).map(Profile::contactPoints).orElse(List.of()).stream()
                .filter(ContactPoint::verified).toList();
    }

    /** The customer a verified e-mail belongs to; the address is compared without case. */
    Optional<String> customerWithVerifiedEmail(String address) {
        String normalized = address.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(profiles.collection().find(Filters.elemMatch("contactPoints", Filters.and(
                Filters.eq("type", ContactPoint.EMAIL),
                Filters.eq("normalizedValue", normalized),
                Filters.eq("status", ContactPoint.VERIFIED)))).first())
                .map(Profile::customerId);
    }
}
