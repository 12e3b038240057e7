package io.cmr.orderstatus.order.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The delay rules, as pure functions of an order's facts, the thresholds and the time. */
public final class DelayDetection {

    private DelayDetection() {
    }

    /** A cause found now, not yet a notice. */
    public record Detection(String key, DelayCause cause, String trackingNumber, String detail) {
    }

    public static List<Detection> detect(PromisedWindow window, List<ShipmentView> shipments, DelayRules rules,
            Instant now) {
        List<Detection> found = new ArrayList<>();
        for (ShipmentView shipment : shipments) {
            Timeline timeline = shipment.timeline();
            ShipmentStatus status = timeline.status();
            if (status.finished()) {
                continue;
            }
            String shipmentKey = shipment.carrier() + ":" + shipment.trackingNumber();
            Optional<Instant> eta = timeline.eta();
            if (eta.isPresent() && eta.get().isAfter(window.end().plus(rules.etaTolerance()))) {
                found.add(new Detection(DelayCause.ETA_AFTER_WINDOW + ":" + shipmentKey, DelayCause.ETA_AFTER_WINDOW,
                        shipment.trackingNumber(), "The carrier expects delivery at " + eta.get()
                                + ", after the promised window ending " + window.end() + "."));
            }
            if (status == ShipmentStatus.EXCEPTION || status == ShipmentStatus.DELIVERY_FAILED) {
                String reason = timeline.current().map(TrackingEvent::reasonCode).orElse(null);
                found.add(new Detection(DelayCause.CARRIER_PROBLEM + ":" + shipmentKey, DelayCause.CARRIER_PROBLEM,
                        shipment.trackingNumber(), "The carrier reported " + status
                                + (reason == null ? "" : " (" + reason + ")") + "."));
            }
            if (onItsWay(status)) {
                Instant last = timeline.latest().orElseThrow().occurredAt();
                if (last.plus(rules.staleAfter()).isBefore(now)) {
                    found.add(new Detection(DelayCause.NO_CARRIER_NEWS + ":" + shipmentKey, DelayCause.NO_CARRIER_NEWS,
                            shipment.trackingNumber(), "No news from the carrier since " + last + "."));
                }
            }
        }
        boolean delivered = !shipments.isEmpty()
                && shipments.stream().allMatch(s -> s.timeline().status() == ShipmentStatus.DELIVERED);
        if (!delivered && window.end().plus(rules.windowGrace()).isBefore(now)) {
            found.add(new Detection(DelayCause.WINDOW_PASSED.name(), DelayCause.WINDOW_PASSED, null,
                    "The promised window ended " + window.end() + " and the order is not delivered."));
        }
        return found;
    }

    private static boolean onItsWay(ShipmentStatus status) {
        return status == ShipmentStatus.PICKED_UP || status == ShipmentStatus.IN_TRANSIT
                || status == ShipmentStatus.OUT_FOR_DELIVERY;
    }

    /**
     * The order's notices after this detection: a cause still found keeps its notice (raised once),
     * a new cause raises one, a cause no longer found clears its notice. Cleared notices are kept
     * for the record; a cause that comes back is raised again.
     */
    public static List<DelayNotice> reconcile(List<DelayNotice> existing, List<Detection> detected, Instant now) {
        Map<String, DelayNotice> notices = new LinkedHashMap<>();
        existing.forEach(notice -> notices.put(notice.key(), notice));
        Map<String, Detection> found = new LinkedHashMap<>();
        detected.forEach(detection -> found.putIfAbsent(detection.key(), detection));
        for (DelayNotice notice : existing) {
            if (notice.active() && !found.containsKey(notice.key())) {
                notices.put(notice.key(), new DelayNotice(notice.key(), notice.cause(), notice.trackingNumber(),
                        notice.detail(), notice.raisedAt(), now));
            }
        }
        for (Detection detection : found.values()) {
            DelayNotice current = notices.get(detection.key());
            if (current == null || !current.active()) {
                notices.put(detection.key(), new DelayNotice(detection.key(), detection.cause(),
                        detection.trackingNumber(), detection.detail(), now, null));
            }
            else if (!current.detail().equals(detection.detail())) {
                notices.put(detection.key(), new DelayNotice(current.key(), current.cause(), current.trackingNumber(),
                        detection.detail(), current.raisedAt(), null));
            }
        }
        return List.copyOf(notices.values());
    }

    /**
     * On time unless an active notice says otherwise (late before at risk), or the order was
     * delivered after its window.
     */
    public static Punctuality punctuality(PromisedWindow window, List<ShipmentView> shipments,
            List<DelayNotice> notices) {
        Optional<DelayNotice> worst = notices.stream().filter(DelayNotice::active)
                .max(Comparator.comparing((DelayNotice notice) -> notice.cause().level())
                        .thenComparing(notice -> -notice.cause().ordinal()));
        if (worst.isPresent()) {
            DelayNotice notice = worst.get();
            return new Punctuality(notice.cause().level(), notice.cause().name(), notice.detail());
        }
        Optional<Instant> deliveredAt = shipments.stream()
                .map(s -> s.timeline().current().filter(e -> e.type() == EventType.DELIVERED).map(TrackingEvent::occurredAt))
                .reduce(Optional.of(Instant.MIN), (a, b) -> a.isPresent() && b.isPresent()
                        ? Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get()) : Optional.empty());
        if (!shipments.isEmpty() && deliveredAt.isPresent() && deliveredAt.get().isAfter(window.end())) {
            return new Punctuality(Punctuality.Level.LATE, "DELIVERED_LATE",
                    "Delivered at " + deliveredAt.get() + ", after the promised window ending " + window.end() + ".");
        }
        return Punctuality.ON_TIME;
    }
}
