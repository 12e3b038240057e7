package io.cmr.profile.profile;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cmr.platform.problem.FieldProblem;

/**
 * A JSON merge patch (RFC 7396) of the customer-editable profile fields, checked whole before
 * anything is stored: a value of {@code null} removes the field, an absent one leaves it.
 *
 * @param changes field name to its new value, null meaning "remove"; in the order given
 */
public record ProfilePatch(Map<String, String> changes) {

    static final String GIVEN_NAME = "givenName";
    static final String FAMILY_NAME = "familyName";
    static final String LANGUAGE = "language";
    static final String TIMEZONE = "timezone";
    private static final Set<String> FIELDS = Set.of(GIVEN_NAME, FAMILY_NAME, LANGUAGE, TIMEZONE);
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    public ProfilePatch {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /** The patch, or the problems of every field that is wrong. */
    static Parsed parse(Map<String, Object> body) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> changes = new LinkedHashMap<>();
        body.forEach((field, value) -> {
            if (!FIELDS.contains(field)) {
                problems.add(new FieldProblem(field, "is not a field of the profile"));
            }
            else if (value != null && !(value instanceof String)) {
                problems.add(new FieldProblem(field, "must be a string or null"));
            }
            else {
                String problem = check(field, (String) value);
                if (problem != null) {
                    problems.add(new FieldProblem(field, problem));
                }
                else {
                    changes.put(field, normalized(field, (String) value));
                }
            }
        });
        return problems.isEmpty() ? new Parsed(new ProfilePatch(changes), List.of()) : new Parsed(null, problems);
    }

    private static String check(String field, String value) {
        return switch (field) {
            case GIVEN_NAME, FAMILY_NAME -> value != null && value.strip().length() > FirstProfile.MAX_NAME_LENGTH
                    ? "must be at most " + FirstProfile.MAX_NAME_LENGTH + " characters"
                    : value != null && value.chars().anyMatch(Character::isISOControl)
                            ? "must not contain control characters" : null;
            case LANGUAGE -> value == null ? "cannot be removed; use fr or en"
                    : FirstProfile.LANGUAGES.contains(value) ? null : "must be fr or en";
            case TIMEZONE -> value == null || ZONES.contains(value) ? null
                    : "must be an IANA time zone such as Europe/Paris";
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** Names are trimmed, and a blank name is no name. */
    private static String normalized(String field, String value) {
        if (value == null || !(GIVEN_NAME.equals(field) || FAMILY_NAME.equals(field))) {
            return value;
        }
        return value.isBlank() ? null : value.strip();
    }

    record Parsed(ProfilePatch patch, List<FieldProblem> problems) {
    }
}
