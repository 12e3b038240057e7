package io.cmr.portal.web;

import java.util.function.Supplier;

import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A part of a page that one service gives: its content, or, when that service does not answer,
 * nothing and the page says so in that part alone, so every other part still shows. A refusal (a
 * 4xx other than 401) is shown the same way: the part cannot be shown, the page still can.
 */
public record Panel<T>(T content, boolean available) {

    private static final Logger log = LoggerFactory.getLogger(Panel.class);

    public static <T> Panel<T> load(Supplier<T> read) {
        try {
            return new Panel<>(read.get(), true);
        }
        catch (RemoteServiceUnavailable | ApiProblem ex) {
            log.warn("A panel is left out: {}", ex.getMessage());
            return new Panel<>(null, false);
        }
    }
}
