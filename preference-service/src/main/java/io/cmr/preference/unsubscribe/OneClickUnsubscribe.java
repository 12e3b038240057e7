package io.cmr.preference.unsubscribe;

import io.cmr.preference.consent.Actor;
import io.cmr.preference.preference.PreferenceChanges;
import io.cmr.preference.preference.PreferenceRules;
import io.cmr.preference.preference.Preferences;
import io.cmr.preference.topic.Topic;
import io.cmr.preference.topic.Topics;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/** Turns off the one topic-channel a valid link names; doing it again changes nothing. */
@Service
class OneClickUnsubscribe {

    /** A link clicked while the customer edits their preferences elsewhere loses the race a few times at most. */
    private static final int ATTEMPTS = 3;

    private final PreferenceChanges changes;
    private final Topics topics;

    OneClickUnsubscribe(PreferenceChanges changes, Topics topics) {
        this.changes = changes;
        this.topics = topics;
    }

    Outcome turnOff(UnsubscribeTokens.Claims claims) {
        Topic topic = topics.find(claims.topicId()).orElse(null);
        if (topic == null) {
            return new Outcome(Result.TOPIC_GONE, null);
        }
        Actor oneClick = new Actor(Actor.ONE_CLICK, null, claims.clientId());
        for (int attempt = 1; ; attempt++) {
            Preferences current = changes.current(claims.customerId());
            var channels = PreferenceRules.effective(topic, current).channels();
            if (!channels.contains(claims.channel())) {
                return new Outcome(Result.ALREADY_OFF, topic);
            }
            if (topic.mandatory() && channels.size() == 1) {
                return new Outcome(Result.MANDATORY, topic);
            }
            try {
                changes.change(claims.customerId(), current.version(),
                        preferences -> PreferenceRules.withoutChannel(preferences, topic, claims.channel()), oneClick);
                return new Outcome(Result.TURNED_OFF, topic);
            }
            catch (ErrorResponseException ex) {
                if (ex.getStatusCode().value() != HttpStatus.PRECONDITION_FAILED.value() || attempt == ATTEMPTS) {
                    throw ex;
                }
            }
        }
    }

    enum Result {
        TURNED_OFF, ALREADY_OFF, MANDATORY, TOPIC_GONE
    }

    record Outcome(Result result, Topic topic) {
    }
}
