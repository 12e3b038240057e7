package io.cmr.gateway.security;

import java.util.function.Predicate;

import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * Spring Security's strict firewall, with its checks of header names and values and parameter
 * names written as a loop over the characters rather than its regular expressions, which it ran on
 * every read of a header: several times per request over the whole bearer token. Same rule:
 * every character assigned in Unicode and none a control character (a tab allowed in values).
 */
final class HeaderFirewall {

    /** {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, Spring Security's rule for names. */
    static final Predicate<String> NAMES = text -> assignedAndNoControl(text, false);

    /** {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}, Spring Security's rule for header values. */
    static final Predicate<String> VALUES = text -> assignedAndNoControl(text, true);

    private HeaderFirewall() {
    }

    static StrictServerWebExchangeFirewall strict() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(NAMES);
        firewall.setAllowedHeaderValues(VALUES);
        // Parameter values keep Spring Security's default: any.
        firewall.setAllowedParameterNames(NAMES);
        return firewall;
    }

    /** A header that is absent (null) has nothing to refuse. */
    private static boolean assignedAndNoControl(String text, boolean tab) {
        if (text == null) {
            return true;
        }
        int length = text.length();
        for (int i = 0; i < length;) {
            char c = text.charAt(i);
            // Printable ASCII, nearly every character of a header, needs no lookup.
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tab && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
