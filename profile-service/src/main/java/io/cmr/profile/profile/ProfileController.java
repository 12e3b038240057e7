package io.cmr.profile.profile;

import java.time.Clock;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/profile")
class ProfileController {

    private final Profiles profiles;
    private final Clock clock;

    ProfileController(Profiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The caller's own profile; made from their token's claims the first time they ask. */
    @GetMapping("/me")
    ResponseEntity<ProfileResponse> me(@AuthenticationPrincipal Jwt token) {
        FirstProfile.TokenClaims claims = new FirstProfile.TokenClaims(token.getSubject(),
                token.getClaimAsString("given_name"), token.getClaimAsString("family_name"),
                token.getClaimAsString("email"), token.getClaimAsString("locale"));
        Profile profile = profiles.findOrCreate(FirstProfile.from(claims, clock.instant()));
        return ResponseEntity.ok()
                .eTag(Long.toString(profile.version()))
                .body(ProfileResponse.of(profile));
    }
}
