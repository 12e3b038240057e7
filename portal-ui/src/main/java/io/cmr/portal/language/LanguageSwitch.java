package io.cmr.portal.language;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The switch link stays on the same page, with the same filters, in the other language. */
@ControllerAdvice
class LanguageSwitch {

    @ModelAttribute("otherLanguageLink")
    String otherLanguageLink(HttpServletRequest request, Locale page) {
        String other = Locale.FRENCH.getLanguage().equals(page.getLanguage()) ? "en" : "fr";
        return samePage(request).replaceQueryParam(LanguageConfiguration.SWITCH_PARAMETER, other).build().toUriString();
    }

    private static UriComponentsBuilder samePage(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            return UriComponentsBuilder.fromPath(failed);
        }
        if ("GET".equals(request.getMethod())) {
            return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        }
        // A form shown again after a post: the page it was on, which a GET shows again; only a path of ours.
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI form = URI.create(referer);
                if (form.getRawPath() != null && form.getRawPath().startsWith(request.getContextPath() + "/")
                        && !form.getRawPath().startsWith("//")) {
                    return UriComponentsBuilder.fromPath(form.getRawPath()).query(form.getRawQuery());
                }
            }
            catch (IllegalArgumentException ex) {
                // Not an address: fall back to the home page.
            }
        }
        return UriComponentsBuilder.fromPath(request.getContextPath() + "/");
    }
}
