package io.cmr.gateway.observability;

import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

/**
 * Subscribes to a stage of a request with its {@link LogIds} in the MDC, and puts back what was
 * there once the subscription returns: everything the stage does before it first waits runs
 * within that call, on this thread, and no other request's lines are touched.
 */
final class WithLogIds extends Mono<Void> {

    private final Mono<Void> stage;
    private final LogIds ids;

    private WithLogIds(Mono<Void> stage, LogIds ids) {
        this.stage = stage;
        this.ids = ids;
    }

    static Mono<Void> around(Mono<Void> stage, LogIds ids) {
        return new WithLogIds(stage, ids);
    }

    @Override
    public void subscribe(CoreSubscriber<? super Void> actual) {
        try (LogIds.Scope ignored = ids.open()) {
            stage.subscribe(actual);
        }
    }
}
