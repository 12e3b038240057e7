package io.cmr.portal.security;

/** The user's tokens no longer open the API: they must log in with Keycloak again. */
public class SignInRequiredException extends RuntimeException {

    public SignInRequiredException(String message, Throwable cause) {
        super(message, cause);
    }
}
