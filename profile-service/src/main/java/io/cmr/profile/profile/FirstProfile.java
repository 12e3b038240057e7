package io.cmr.profile.profile;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.cmr.profile.contact.ContactPoint;

/**
 * The profile a customer starts with on first use, taken from what Keycloak knows of them.
 * After that the profile is theirs: later tokens never overwrite it. An e-mail Keycloak has
 * verified becomes the first verified primary contact point, so a new customer can be reached at once.
 */
final class FirstProfile {

    static final Set<String> LANGUAGES = Set.of("en", "fr");
    static final String DEFAULT_LANGUAGE = "en";
    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_EMAIL_LENGTH = 320;

    private FirstProfile() {
    }

    static Profile from(TokenClaims claims, Instant now) {
        String email = bounded(claims.email(), MAX_EMAIL_LENGTH);
        List<ContactPoint> points = email != null && claims.emailVerified()
                ? List.of(new ContactPoint(UUID.randomUUID().toString(), ContactPoint.EMAIL, "Sign-in e-mail", true,
                        ContactPoint.VERIFIED, email, email.toLowerCase(Locale.ROOT), null, null, now, now))
                : List.of();
        return new Profile(claims.subject(),
                bounded(claims.givenName(), MAX_NAME_LENGTH),
                bounded(claims.familyName(), MAX_NAME_LENGTH),
                email,
                language(claims.locale()),
                null, points,
                1, now, now);
    }

    /** Keycloak sends {@code fr}, {@code fr-CA} or {@code fr_FR}; anything unsupported gets English. */
    static String language(String locale) {
        if (locale == null || locale.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        String language = locale.trim().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(language) ? language : DEFAULT_LANGUAGE;
    }

    private static String bounded(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() <= maxLength ? trimmed : trimmed.substring(0, maxLength);
    }

    /** What a token says of the customer; only the subject is sure to be there. */
    record TokenClaims(String subject, String givenName, String familyName, String email, boolean emailVerified,
            String locale) {
    }
}
