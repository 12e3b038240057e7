package io.cmr.portal.web;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a page shows when the API did not give what it needs and no panel handled it: the
 * translated error page with the API's status (404 for someone else's order), or a plain "not
 * available right now" page; never a stack trace.
 */
@ControllerAdvice
class ApiFailures {

    private static final Logger log = LoggerFactory.getLogger(ApiFailures.class);

    @ExceptionHandler(RemoteServiceUnavailable.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(RemoteServiceUnavailable ex, Model model) {
        log.warn("A page could not be shown: {}", ex.getMessage());
        model.addAttribute("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        return "error";
    }

    @ExceptionHandler(ApiProblem.class)
    ModelAndView refused(ApiProblem ex) {
        log.info("The API refused a page's request: {}", ex.getMessage());
        HttpStatus status = ex.status() == 404 || ex.status() == 403 ? HttpStatus.valueOf(ex.status())
                : HttpStatus.BAD_REQUEST;
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}
