package io.cmr.orderstatus.order.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling, from the token: a merchant application, support staff or a customer. */
final class Callers {

    private Callers() {
    }

    static boolean has(Authentication caller, String authority) {
        return caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }

    /** The partner application's client id. */
    static String client(Authentication caller) {
        return ((Jwt) caller.getPrincipal()).getClaimAsString("azp");
    }
}
