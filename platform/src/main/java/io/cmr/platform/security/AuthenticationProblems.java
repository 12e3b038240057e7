package io.cmr.platform.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** The 401 and 403 answers, the same from the gateway and from every service. */
public final class AuthenticationProblems {

    private AuthenticationProblems() {
    }

    public static ProblemDetail unauthorized(AuthenticationException failure) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, describe(failure));
    }

    public static ProblemDetail forbidden() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "The access token is valid but does not grant access to this resource.");
    }

    /** The RFC 6750 {@code WWW-Authenticate} challenge, saying what was wrong with the token when there was one. */
    public static String challenge(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth) {
            return "Bearer error=\"" + oauth.getError().getErrorCode() + "\", error_description=\""
                    + describe(failure).replace("\"", "'") + "\"";
        }
        return "Bearer";
    }

    /** What was wrong with the token, as RFC 6750 lets a resource server say. */
    static String describe(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            return oauth.getError().getDescription();
        }
        return "This resource needs a valid access token in the 'Authorization: Bearer' header.";
    }
}
