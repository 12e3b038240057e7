package io.cmr.portal.profile;

import java.util.Locale;

import io.cmr.portal.api.profile.Profile;

/** What the page shows of a profile beside the form, in the page's language. */
record ProfileView(String email, String language, String memberSince) {

    static ProfileView of(Profile profile, Locale pageLocale, String memberSince) {
        String language = profile.language() == null ? null
                : Locale.forLanguageTag(profile.language()).getDisplayLanguage(pageLocale);
        return new ProfileView(profile.email(), language, memberSince);
    }
}
