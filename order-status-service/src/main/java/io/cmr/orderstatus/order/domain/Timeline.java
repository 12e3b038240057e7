package io.cmr.orderstatus.order.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A shipment's events in the order they happened, whatever order they arrived in, each event once.
 * Everything here is derived from the set of events alone, so the same events always give the same
 * timeline, status and ETA.
 */
public final class Timeline {

    /** When it happened; at the same instant the further step last; then the id, so the order is total. */
    private static final Comparator<TrackingEvent> CHRONOLOGICAL = Comparator
            .comparing(TrackingEvent::occurredAt)
            .thenComparingInt(event -> event.type().progress())
            .thenComparing(event -> event.type().name())
            .thenComparing(TrackingEvent::eventId);

    private final List<TrackingEvent> events;

    private Timeline(List<TrackingEvent> events) {
        this.events = events;
    }

    /**
     * The timeline of {@code events}; of several events with one id only the earliest (by the order
     * above) is kept, so a resent event with different content cannot make the result depend on
     * arrival order.
     */
    public static Timeline of(Collection<TrackingEvent> events) {
        List<TrackingEvent> sorted = new ArrayList<>(events);
        sorted.sort(CHRONOLOGICAL);
        Map<String, TrackingEvent> firstById = new LinkedHashMap<>();
        for (TrackingEvent event : sorted) {
            firstById.putIfAbsent(event.eventId(), event);
        }
        return new Timeline(List.copyOf(firstById.values()));
    }

    public List<TrackingEvent> events() {
        return events;
    }

    /**
     * The status of the latest event; once delivered or returned the shipment stays so, and an event
     * that happened earlier but arrived late sorts before the latest one, so it never takes a status back.
     */
    public ShipmentStatus status() {
        return events.stream().filter(event -> event.type().terminal()).findFirst()
                .or(() -> latest())
                .map(event -> ShipmentStatus.of(event.type()))
                .orElse(ShipmentStatus.PENDING);
    }

    /** The ETA of the latest event that carries one. */
    public Optional<Instant> eta() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).eta() != null) {
                return Optional.of(events.get(i).eta());
            }
        }
        return Optional.empty();
    }

    public Optional<TrackingEvent> latest() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    /** The event that made the current status, for its reason code and time. */
    public Optional<TrackingEvent> current() {
        return events.stream().filter(event -> event.type().terminal()).findFirst().or(this::latest);
    }
}
