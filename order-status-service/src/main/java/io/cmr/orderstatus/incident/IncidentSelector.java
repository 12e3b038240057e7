package io.cmr.orderstatus.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import com.mongodb.client.model.Filters;
import io.cmr.orderstatus.order.domain.EventType;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.platform.problem.FieldProblem;
import org.bson.conversions.Bson;

/**
 * Which orders an incident affects: all the criteria given hold (a list is any of its entries).
 * At least one criterion, so that an incident never reaches every customer by mistake.
 *
 * @param carrier the carrier of one of the order's shipments
 * @param postalCodePrefixes the shipping address's postal code starts with one of them
 * @param regions the shipping address is in France, in one of these regions (e.g. {@code FR-ARA})
 * @param statuses the order's status is one of them
 * @param shippedBetween one of the order's shipments was picked up by the carrier in this period
 */
public record IncidentSelector(String carrier, List<String> postalCodePrefixes, List<String> regions,
        List<ShipmentStatus> statuses, Period shippedBetween) {

    private static final Pattern CARRIER = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern POSTAL_PREFIX = Pattern.compile("[A-Za-z0-9]{1,10}");
    static final int MAX_ENTRIES = 100;

    public record Period(Instant from, Instant to) {
    }

    /** Everything wrong with the selector, each naming its field under {@code prefix}. */
    List<FieldProblem> problems(String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (carrier == null && empty(postalCodePrefixes) && empty(regions) && empty(statuses) && shippedBetween == null) {
            problems.add(new FieldProblem(prefix, "must name at least one of carrier, postalCodePrefixes, regions, statuses, shippedBetween"));
        }
        if (carrier != null && !CARRIER.matcher(carrier).matches()) {
            problems.add(new FieldProblem(prefix + ".carrier", "must be a carrier id of 1-64 letters, digits, '.', '_' or '-'"));
        }
        checkList(problems, prefix + ".postalCodePrefixes", postalCodePrefixes);
        if (postalCodePrefixes != null) {
            for (int i = 0; i < postalCodePrefixes.size(); i++) {
                String value = postalCodePrefixes.get(i);
                if (value == null || !POSTAL_PREFIX.matcher(value).matches()) {
                    problems.add(new FieldProblem(prefix + ".postalCodePrefixes[" + i + "]", "must be 1-10 letters or digits"));
                }
            }
        }
        checkList(problems, prefix + ".regions", regions);
        if (regions != null) {
            for (int i = 0; i < regions.size(); i++) {
                if (regions.get(i) == null || !Regions.known(regions.get(i))) {
                    problems.add(new FieldProblem(prefix + ".regions[" + i + "]", "must be one of " + Regions.codes()));
                }
            }
        }
        checkList(problems, prefix + ".statuses", statuses);
        if (statuses != null && statuses.stream().anyMatch(Objects::isNull)) {
            problems.add(new FieldProblem(prefix + ".statuses", "must not contain null"));
        }
        if (shippedBetween != null) {
            if (shippedBetween.from() == null) {
                problems.add(new FieldProblem(prefix + ".shippedBetween.from", "must not be null"));
            }
            if (shippedBetween.to() == null) {
                problems.add(new FieldProblem(prefix + ".shippedBetween.to", "must not be null"));
            }
            if (shippedBetween.from() != null && shippedBetween.to() != null && !shippedBetween.from().isBefore(shippedBetween.to())) {
                problems.add(new FieldProblem(prefix + ".shippedBetween", "from must be before to"));
            }
        }
        return problems;
    }

    /** The orders matching, among those with a customer to tell. Inputs are values, never operators. */
    Bson filter() {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.ne("customerId", null));
        if (carrier != null) {
            filters.add(Filters.eq("shipments.carrier", carrier));
        }
        List<Bson> places = new ArrayList<>();
        if (!empty(postalCodePrefixes)) {
            places.add(Filters.in("shippingAddress.postalCode", prefixes(postalCodePrefixes)));
        }
        if (!empty(regions)) {
            List<String> prefixes = regions.stream().flatMap(region -> Regions.postalPrefixes(region).stream()).toList();
            places.add(Filters.and(Filters.eq("shippingAddress.country", Regions.COUNTRY),
                    Filters.in("shippingAddress.postalCode", prefixes(prefixes))));
        }
        if (places.size() == 1) {
            filters.add(places.get(0));
        }
        else if (places.size() == 2) {
            filters.add(Filters.or(places));
        }
        if (!empty(statuses)) {
            filters.add(Filters.in("status", statuses.stream().map(Enum::name).toList()));
        }
        if (shippedBetween != null) {
            filters.add(Filters.elemMatch("shipments.events", Filters.and(Filters.eq("type", EventType.PICKED_UP.name()),
                    Filters.gte("occurredAt", shippedBetween.from()), Filters.lt("occurredAt", shippedBetween.to()))));
        }
        return Filters.and(filters);
    }

    /** Prefixes are letters and digits only (checked), so they are safe in a pattern as they are. */
    private static List<Pattern> prefixes(List<String> prefixes) {
        return new HashSet<>(prefixes).stream().map(prefix -> Pattern.compile("^" + prefix)).toList();
    }

    private static void checkList(List<FieldProblem> problems, String field, List<?> list) {
        if (list != null && list.size() > MAX_ENTRIES) {
            problems.add(new FieldProblem(field, "must have at most " + MAX_ENTRIES + " entries"));
        }
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
