package io.cmr.orderstatus.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The kinds of notice the product emits and the placeholders each one's templates may use: the
 * values the notice requests of that kind carry. A template naming anything else would render a
 * hole, so it is refused on save.
 */
public final class TemplateKinds {

    private static final List<String> LINKS = List.of("preferencesUrl", "unsubscribeUrl");
    private static final List<String> ORDER = List.of("orderId", "status", "carrier", "trackingNumber", "eta", "orderUrl",
            "deliveryInstructionsUrl", "reportProblemUrl");
    private static final List<String> DELAY = List.of("cause", "detail");
    private static final List<String> INCIDENT = List.of("incidentId", "title", "message", "cause",
            "expectedResolution", "orderIds", "orderCount", "incidentUrl", "ordersUrl");

    private static final Map<String, Set<String>> PLACEHOLDERS = new LinkedHashMap<>();

    static {
        for (String kind : List.of("SHIPPED", "OUT_FOR_DELIVERY", "DELIVERED")) {
            PLACEHOLDERS.put(kind, names(ORDER, LINKS));
        }
        for (String kind : List.of("DELAY_LATE", "DELAY_AT_RISK", "DELAY_EXCEPTION", "DELAY_FAILED_DELIVERY",
                "DELAY_STALE", "DELAY_CLEARED")) {
            PLACEHOLDERS.put(kind, names(ORDER, DELAY, LINKS));
        }
        for (String kind : List.of("INCIDENT_DECLARED", "INCIDENT_UPDATED", "INCIDENT_RESOLVED")) {
            PLACEHOLDERS.put(kind, names(INCIDENT, LINKS));
        }
    }

    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("orderId", "CMD-10042"), Map.entry("status", "IN_TRANSIT"), Map.entry("carrier", "demo-carrier"),
            Map.entry("trackingNumber", "TRK-0042"), Map.entry("eta", "2026-06-12T18:00:00Z"),
            Map.entry("orderUrl", "https://cmr.example/orders/CMD-10042"),
            Map.entry("deliveryInstructionsUrl", "https://cmr.example/orders/CMD-10042/delivery-instructions"),
            Map.entry("reportProblemUrl", "https://cmr.example/orders/CMD-10042/problems"),
            Map.entry("preferencesUrl", "https://cmr.example/preferences"),
            Map.entry("unsubscribeUrl", "https://cmr.example/unsubscribe?token=sample"),
            Map.entry("detail", "The parcel is held at the Lyon hub"),
            Map.entry("incidentId", "inc-7"), Map.entry("title", "Lyon hub closed"),
            Map.entry("message", "A storm closed our carrier's Lyon hub; parcels resume tomorrow."),
            Map.entry("cause", "WEATHER"), Map.entry("expectedResolution", "2026-06-13T12:00:00Z"),
            Map.entry("orderIds", "CMD-10042, CMD-10057"), Map.entry("orderCount", "2"),
            Map.entry("incidentUrl", "https://cmr.example/incidents/inc-7"),
            Map.entry("ordersUrl", "https://cmr.example/orders"));

    private TemplateKinds() {
    }

    public static Set<String> kinds() {
        return PLACEHOLDERS.keySet();
    }

    public static boolean known(String kind) {
        return PLACEHOLDERS.containsKey(kind);
    }

    /** The placeholders a template of {@code kind} may use, empty for a kind we do not emit. */
    public static Set<String> placeholders(String kind) {
        return PLACEHOLDERS.getOrDefault(kind, Set.of());
    }

    /** A believable value for every placeholder of {@code kind}, for previews. */
    public static Map<String, String> samples(String kind) {
        Map<String, String> samples = new LinkedHashMap<>();
        placeholders(kind).forEach(name -> samples.put(name, SAMPLES.getOrDefault(name, name)));
        return samples;
    }

    @SafeVarargs
    private static Set<String> names(List<String>... groups) {
        Set<String> names = new TreeSet<>();
        for (List<String> group : groups) {
            names.addAll(group);
        }
        return Set.copyOf(names);
    }
}
