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

    /**
     * For a part that is the page's very subject (an order): when the API says there is no such
     * thing (404), that is not an outage, and the page answers 404.
     *
     * @throws ApiProblem the API's 404
     */
    public static <T> Panel<T> found(Supplier<T> read) {
        return load(() -> {
            try {
                return read.get();
            }
            catch (ApiProblem problem) {
                throw problem.status() == 404 ? new NotFound(problem) : problem;
            }
        });
    }

    public static <T> Panel<T> load(Supplier<T> read) {
        try {
            return new Panel<>(read.get(), true);
        }
        catch (NotFound ex) {
            throw ex.problem;
        }
        catch (RemoteServiceUnavailable | ApiProblem ex) {
            log.warn("A panel is left out: {}", ex.getMessage());
            return new Panel<>(null, false);
        }
    }

    /** Carries a 404 past {@link #load}'s catch. */
    private static final class NotFound extends RuntimeException {

        private final ApiProblem problem;

        NotFound(ApiProblem problem) {
            super(problem);
            this.problem = problem;
        }
    }
}
