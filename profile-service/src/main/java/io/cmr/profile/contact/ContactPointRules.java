package io.cmr.profile.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.cmr.platform.problem.FieldProblem;

/** What a contact point must look like, and when two are the same address. */
final class ContactPointRules {

    static final int MAX_POINTS = 20;
    static final int MAX_LABEL_LENGTH = 50;
    static final int MAX_EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ContactPointRules() {
    }

    /** Every problem of the request beyond its bean constraints, each naming its field. */
    static List<FieldProblem> problems(ContactPointRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean postal = ContactPoint.POSTAL.equals(request.type());
        if (postal) {
            if (request.value() != null) {
                problems.add(new FieldProblem("value", "must be absent for a postal address; use postal"));
            }
            if (request.postal() == null) {
                problems.add(new FieldProblem("postal", "is required for a postal address"));
            }
            else if (!COUNTRIES.contains(request.postal().country())) {
                problems.add(new FieldProblem("postal.country", "must be an ISO 3166-1 alpha-2 code such as FR"));
            }
            return problems;
        }
        if (request.postal() != null) {
            problems.add(new FieldProblem("postal", "is only for a postal address"));
        }
        if (request.value() == null) {
            problems.add(new FieldProblem("value", "is required"));
        }
        else if (ContactPoint.EMAIL.equals(request.type()) && !EMAIL.matcher(request.value()).matches()) {
            problems.add(new FieldProblem("value", "must be an e-mail address"));
        }
        else if (ContactPoint.PHONE.equals(request.type()) && !E164.matcher(request.value()).matches()) {
            problems.add(new FieldProblem("value", "must be a phone number in E.164 form, such as +33612345678"));
        }
        return problems;
    }

    /** The key two points of one type are compared on: case-blind for e-mail, whitespace-blind for postal. */
    static String normalized(String type, String value, PostalAddress postal) {
        if (ContactPoint.POSTAL.equals(type)) {
            return String.join("|", String.join("|", postal.lines()), String.valueOf(postal.postalCode()),
                    postal.city(), postal.country()).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        }
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
