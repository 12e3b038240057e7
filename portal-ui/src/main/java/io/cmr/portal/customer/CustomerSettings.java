package io.cmr.portal.customer;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The signed-in customer's language and time zone from their profile, kept in the session so
 * pages need not ask the profile API each time. Unknown (the API did not answer) until {@code retryAt}.
 *
 * @param language fr or en, null when unknown
 * @param zone the profile's time zone, else {@link #DEFAULT_ZONE}
 */
public record CustomerSettings(String language, ZoneId zone, Instant retryAt) implements Serializable {

    /** The preference service's default too; most customers live there. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    private static final String ATTRIBUTE = CustomerSettings.class.getName();

    public static CustomerSettings of(String language, String zone) {
        return new CustomerSettings(language, zone == null ? DEFAULT_ZONE : ZoneId.of(zone), null);
    }

    static CustomerSettings unknownUntil(Instant retryAt) {
        return new CustomerSettings(null, DEFAULT_ZONE, retryAt);
    }

    /** The settings in the request's session, or null. */
    public static CustomerSettings in(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof CustomerSettings settings ? settings : null;
    }

    public void storeIn(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    public Locale locale() {
        return language == null ? null : Locale.forLanguageTag(language);
    }
}
