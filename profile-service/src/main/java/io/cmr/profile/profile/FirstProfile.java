package io.cmr.profile.profile;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * The profile a customer starts with on first use, taken from what Keycloak knows of them.
 * After that the profile is theirs: later tokens never overwrite it.
 */
final class FirstProfile {

    static final Set<String> LANGUAGES = Set.of("en", "fr");
    static final String DEFAULT_LANGUAGE = "en";
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 320;

    private FirstProfile() {
    }

    static Profile from(TokenClaims claims, Instant now) {
        return new Profile(claims.subject(),
                bounded(claims.givenName(), MAX_NAME_LENGTH),
                bounded(claims.familyName(), MAX_NAME_LENGTH),
                bounded(claims.email(), MAX_EMAIL_LENGTH),
                language(claims.locale()),
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
    record TokenClaims(String subject, String givenName, String familyName, String email, String locale) {
    }
}
