package io.cmr.portal.profile;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import io.cmr.portal.api.profile.Profile;

/** A profile as the page shows it, in the page's language. */
record ProfileView(String givenName, String familyName, String email, String language, String memberSince) {

    static ProfileView of(Profile profile, Locale pageLocale) {
        String language = profile.language() == null ? null
                : Locale.forLanguageTag(profile.language()).getDisplayLanguage(pageLocale);
        String memberSince = profile.createdAt() == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(pageLocale)
                        .format(profile.createdAt().atZone(ZoneOffset.UTC));
        return new ProfileView(profile.givenName(), profile.familyName(), profile.email(), language, memberSince);
    }
}
