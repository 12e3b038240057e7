package io.cmr.profile.profile;

import java.time.Clock;

import io.cmr.profile.contact.ContactPoint;
import io.cmr.profile.orders.VerifiedEmailNotices;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** The signed-in customer's profile, made from their token's claims the first time it is needed. */
@Component
public class CallerProfiles {

    private final Profiles profiles;
    private final VerifiedEmailNotices notices;
    private final Clock clock;

    CallerProfiles(Profiles profiles, VerifiedEmailNotices notices, Clock clock) {
        this.profiles = profiles;
        this.notices = notices;
        this.clock = clock;
    }

    public Profile of(Jwt token) {
        FirstProfile.TokenClaims claims = new FirstProfile.TokenClaims(token.getSubject(),
                token.getClaimAsString("given_name"), token.getClaimAsString("family_name"),
                token.getClaimAsString("email"), Boolean.TRUE.equals(token.getClaimAsBoolean("email_verified")),
                token.getClaimAsString("locale"));
        // The e-mail Keycloak verified is verified here too: orders kept under it become the customer's.
        return profiles.findOrCreate(FirstProfile.from(claims, clock.instant()), created -> created.contactPoints()
                .stream().filter(point -> ContactPoint.EMAIL.equals(point.type()) && point.verified())
                .forEach(point -> notices.record(created.customerId(), point.id(), point.normalizedValue())));
    }
}
