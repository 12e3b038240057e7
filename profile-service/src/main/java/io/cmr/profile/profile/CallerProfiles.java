package io.cmr.profile.profile;

import java.time.Clock;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** The signed-in customer's profile, made from their token's claims the first time it is needed. */
@Component
public class CallerProfiles {

    private final Profiles profiles;
    private final Clock clock;

    CallerProfiles(Profiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    public Profile of(Jwt token) {
        FirstProfile.TokenClaims claims = new FirstProfile.TokenClaims(token.getSubject(),
                token.getClaimAsString("given_name"), token.getClaimAsString("family_name"),
                token.getClaimAsString("email"), Boolean.TRUE.equals(token.getClaimAsBoolean("email_verified")),
                token.getClaimAsString("locale"));
        return profiles.findOrCreate(FirstProfile.from(claims, clock.instant()));
    }
}
