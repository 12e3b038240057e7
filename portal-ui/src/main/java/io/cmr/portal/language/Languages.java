package io.cmr.portal.language;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.cmr.portal.customer.CustomerSettings;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * The page language: the one the visitor chose with the switch link (kept in a cookie), else their
 * profile's language once signed in, else the best match among their browser's languages, else English. Only languages the portal is written
 * in are ever used, whatever a cookie or a link says.
 */
class Languages implements LocaleResolver {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);
    static final String COOKIE = "cmr-language";

    private static final String CHOSEN_NOW = Languages.class.getName() + ".CHOSEN";

    private final AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();

    Languages() {
        browser.setSupportedLocales(SUPPORTED);
        browser.setDefaultLocale(Locale.ENGLISH);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN_NOW) instanceof Locale chosen) {
            return chosen;
        }
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        Locale remembered = cookie != null ? Locale.forLanguageTag(cookie.getValue()) : null;
        if (remembered != null && SUPPORTED.contains(remembered)) {
            return remembered;
        }
        CustomerSettings customer = CustomerSettings.in(request);
        Locale profile = customer != null ? customer.locale() : null;
        return profile != null && SUPPORTED.contains(profile) ? profile : browser.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || !SUPPORTED.contains(locale)) {
            return;
        }
        request.setAttribute(CHOSEN_NOW, locale);
        ResponseCookie cookie = ResponseCookie.from(COOKIE, locale.toLanguageTag())
                .path(request.getContextPath() + "/")
                .maxAge(Duration.ofDays(365))
                .httpOnly(true)
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
