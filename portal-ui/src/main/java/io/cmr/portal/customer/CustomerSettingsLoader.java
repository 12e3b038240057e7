package io.cmr.portal.customer;

import java.time.Clock;
import java.time.Duration;

import io.cmr.portal.api.profile.ProfileApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Reads the customer's language and time zone from their profile once per session, before the
 * first page they see. When the profile API does not answer, pages use the browser's language and
 * Paris time, and it is asked again a minute later rather than at every page.
 */
@Component
class CustomerSettingsLoader implements HandlerInterceptor {

    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    /** Asked for at the first request: the API's clients are made after Spring MVC, which this is part of. */
    private final ObjectProvider<ProfileApi> profiles;
    private final Clock clock;

    CustomerSettingsLoader(ObjectProvider<ProfileApi> profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!(user instanceof OAuth2AuthenticationToken)) {
            return true;
        }
        CustomerSettings known = CustomerSettings.in(request);
        if (known != null && (known.retryAt() == null || clock.instant().isBefore(known.retryAt()))) {
            return true;
        }
        profiles.getObject().mine()
                .map(profile -> CustomerSettings.of(profile.language(), profile.timezone()))
                .orElseGet(() -> CustomerSettings.unknownUntil(clock.instant().plus(RETRY_AFTER)))
                .storeIn(request);
        return true;
    }
}
