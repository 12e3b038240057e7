package io.cmr.preference.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cmr.platform.problem.FieldProblem;
import io.cmr.preference.preference.ContactChoice;
import io.cmr.preference.preference.ContactPointCheck;
import io.cmr.preference.preference.Preferences;
import io.cmr.preference.preference.TopicChoice;
import io.cmr.preference.topic.Channel;

import org.springframework.stereotype.Service;

/**
 * A customer may only name their own verified contact points, of the channel's kind. Asked of
 * profile-service only when a change names a contact point not already chosen, so that most
 * changes do not depend on it being up.
 */
@Service
class ContactPointOwnership implements ContactPointCheck {

    private static final Map<Channel, String> TYPES = Map.of(Channel.EMAIL, "EMAIL", Channel.SMS, "PHONE",
            Channel.POSTAL, "POSTAL");

    private final ProfileContactPoints profile;

    ContactPointOwnership(ProfileContactPoints profile) {
        this.profile = profile;
    }

    /** Each newly named contact point that is not one of the customer's verified ones of the right kind. */
    @Override
    public List<FieldProblem> problems(Preferences before, Preferences after) {
        Set<String> known = before.topics().stream().flatMap(choice -> choice.contactPoints().stream())
                .map(ContactChoice::contactPointId).collect(Collectors.toSet());
        boolean anyNew = after.topics().stream().flatMap(choice -> choice.contactPoints().stream())
                .anyMatch(contact -> !known.contains(contact.contactPointId()));
        if (!anyNew) {
            return List.of();
        }
        Map<String, String> owned = profile.verified(after.customerId()).stream()
                .collect(Collectors.toMap(ContactPoint::id, ContactPoint::type, (first, second) -> first));
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < after.topics().size(); i++) {
            TopicChoice choice = after.topics().get(i);
            for (ContactChoice contact : choice.contactPoints()) {
                if (!TYPES.get(contact.channel()).equals(owned.get(contact.contactPointId()))) {
                    problems.add(new FieldProblem("topics[" + i + "].contactPoints." + contact.channel(),
                            contact.contactPointId() + " is not one of your verified "
                                    + TYPES.get(contact.channel()).toLowerCase(Locale.ROOT) + " contact points"));
                }
            }
        }
        return problems;
    }
}
