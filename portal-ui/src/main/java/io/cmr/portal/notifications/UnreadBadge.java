package io.cmr.portal.notifications;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.api.notifications.NotificationApi;
import io.cmr.portal.security.SignInRequiredException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * The unread count in the header of every signed-in page ({@code unreadNotices} in the model, null
 * when unknown). Kept in the session for a short while, so that pages do not each ask the API; an
 * answer that did not come (the service down or slow) is kept as "unknown" as long, and the page
 * simply shows no count. Reading a notice forgets it.
 */
@Component
class UnreadBadge implements HandlerInterceptor {

    static final String MODEL = "unreadNotices";
    private static final String ATTRIBUTE = UnreadBadge.class.getName();
    private static final Duration KEPT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(UnreadBadge.class);

    /** The count as last known, or null (unknown) until {@code until}. */
    record Known(Long count, Instant until) implements Serializable {
    }

    /** Asked for at the first request: the API's clients are made after Spring MVC, which this is part of. */
    private final ObjectProvider<NotificationApi> notifications;
    private final Clock clock;

    UnreadBadge(ObjectProvider<NotificationApi> notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || !wholePage(page, request) || page.getModel().containsKey(MODEL)
                || !(SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken)) {
            return;
        }
        page.addObject(MODEL, count(request));
    }

    /** Pages (not redirects, not parts that htmx swaps in) show the header. */
    private static boolean wholePage(ModelAndView page, HttpServletRequest request) {
        String view = page.getViewName();
        return view != null && !view.startsWith("redirect:") && !view.contains("::")
                && request.getHeader("HX-Request") == null;
    }

    private Long count(HttpServletRequest request) {
        HttpSession session = request.getSession();
        if (session.getAttribute(ATTRIBUTE) instanceof Known known && clock.instant().isBefore(known.until())) {
            return known.count();
        }
        Long count;
        try {
            count = notifications.getObject().unread();
        }
        catch (RemoteServiceUnavailable | ApiProblem | SignInRequiredException ex) {
            log.debug("No unread count in the header: {}", ex.getMessage());
            count = null;
        }
        remember(request, count);
        return count;
    }

    /** The count a page has just read anyway (the inbox), so the header needs no call of its own. */
    void remember(HttpServletRequest request, Long count) {
        request.getSession().setAttribute(ATTRIBUTE, new Known(count, clock.instant().plus(KEPT)));
    }

    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
