package io.cmr.portal.unsubscribe;

import java.time.Clock;
import java.util.Optional;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.unsubscribe.UnsubscribeApi;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page an e-mail's "stop these e-mails" link opens, without login: it says what would be
 * turned off and asks to confirm (opening it changes nothing: mail scanners follow links); the
 * confirmation goes to preference-service's one-click unsubscribe, and the page says how it went.
 */
@Controller
class UnsubscribeController {

    private final UnsubscribeApi unsubscribe;
    private final Clock clock;

    UnsubscribeController(UnsubscribeApi unsubscribe, Clock clock) {
        this.unsubscribe = unsubscribe;
        this.clock = clock;
    }

    @GetMapping("/unsubscribe")
    ModelAndView confirm(@RequestParam(required = false) String token) {
        Optional<UnsubscribeLink> link = UnsubscribeLink.read(token, clock.instant());
        if (link.isEmpty()) {
            return page("INVALID", null, null, HttpStatus.BAD_REQUEST);
        }
        return page("CONFIRM", link.get(), token, HttpStatus.OK);
    }

    @PostMapping("/unsubscribe")
    ModelAndView unsubscribe(@RequestParam(required = false) String token, HttpServletRequest request) {
        Optional<UnsubscribeLink> link = UnsubscribeLink.read(token, clock.instant());
        if (link.isEmpty()) {
            return page("INVALID", null, null, HttpStatus.BAD_REQUEST);
        }
        try {
            // The person's address, as the gateway in front told it (server.tomcat.remoteip).
            UnsubscribeApi.Result result = unsubscribe.unsubscribe(token, request.getRemoteAddr());
            HttpStatus status = switch (result) {
                case TURNED_OFF -> HttpStatus.OK;
                case MANDATORY -> HttpStatus.CONFLICT;
                case TOPIC_GONE -> HttpStatus.GONE;
                case INVALID -> HttpStatus.BAD_REQUEST;
            };
            return page(result.name(), link.get(), null, status);
        }
        catch (RemoteServiceUnavailable down) {
            // Nothing changed: the same confirmation again, saying so.
            ModelAndView page = page("CONFIRM", link.get(), token, HttpStatus.SERVICE_UNAVAILABLE);
            page.addObject("failure", "unsubscribe.unavailable");
            return page;
        }
    }

    private static ModelAndView page(String state, UnsubscribeLink link, String token, HttpStatus status) {
        ModelAndView page = new ModelAndView("unsubscribe", status);
        page.addObject("state", state);
        page.addObject("link", link);
        page.addObject("token", token);
        return page;
    }
}
