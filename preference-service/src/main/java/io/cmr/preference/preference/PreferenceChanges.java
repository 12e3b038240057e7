package io.cmr.preference.preference;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.cmr.platform.mongo.Insertion;
import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.cmr.preference.IfMatch;
import io.cmr.preference.consent.Actor;
import io.cmr.preference.consent.ConsentLedger;
import io.cmr.preference.topic.Topic;
import io.cmr.preference.topic.Topics;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Every change of a customer's preferences, whoever makes it: checked against the catalog, stored
 * in one versioned write, then each switched topic-channel recorded in the consent ledger.
 */
@Service
public class PreferenceChanges {

    private final PreferenceStore store;
    private final Topics topics;
    private final ConsentLedger ledger;
    private final ContactPointCheck contactPoints;
    private final Clock clock;

    PreferenceChanges(PreferenceStore store, Topics topics, ConsentLedger ledger, ContactPointCheck contactPoints,
            Clock clock) {
        this.store = store;
        this.topics = topics;
        this.ledger = ledger;
        this.contactPoints = contactPoints;
        this.clock = clock;
    }

    public Map<String, Topic> catalog() {
        Map<String, Topic> catalog = new LinkedHashMap<>();
        topics.all().forEach(topic -> catalog.put(topic.id(), topic));
        return catalog;
    }

    public Preferences current(String customerId) {
        return store.find(customerId).orElseGet(() -> Preferences.none(customerId));
    }

    /**
     * Applies {@code edit} to the version the client read.
     *
     * @throws ErrorResponseException 400/422 naming what is wrong, 412 when someone changed them first
     */
    public Preferences change(String customerId, long expectedVersion, UnaryOperator<Preferences> edit, Actor actor) {
        Preferences before = current(customerId);
        if (before.version() != expectedVersion) {
            throw IfMatch.stale(before.version());
        }
        Map<String, Topic> catalog = catalog();
        Preferences edited = edit.apply(before);
        check(HttpStatus.BAD_REQUEST, PreferenceRules.invalid(edited, catalog));
        check(HttpStatus.UNPROCESSABLE_CONTENT, PreferenceRules.forbidden(edited, catalog));
        check(HttpStatus.UNPROCESSABLE_CONTENT, contactPoints.problems(before, edited));
        Preferences complete = PreferenceRules.complete(edited, catalog);
        Preferences after = save(expectedVersion, complete);
        ledger.record(customerId, after.version(), PreferenceRules.changes(before, after, catalog), actor);
        return after;
    }

    private Preferences save(long expectedVersion, Preferences changed) {
        if (expectedVersion == 0) {
            var now = clock.instant();
            Insertion<Preferences> insertion = store.create(new Preferences(changed.customerId(), changed.timezone(),
                    changed.quietHours(), changed.paused(), changed.topics(), 1, now, now));
            if (!insertion.inserted()) {
                throw IfMatch.stale(insertion.document().version());
            }
            return insertion.document();
        }
        return IfMatch.updated(store.replace(expectedVersion, changed), "Preferences");
    }

    private static void check(HttpStatus status, List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        ProblemDetail problem = Problems.validation(problems);
        problem.setStatus(status);
        if (status == HttpStatus.UNPROCESSABLE_CONTENT) {
            problem.setTitle("Choice not allowed");
        }
        throw new ErrorResponseException(status, problem, null);
    }
}
