package io.cmr.orderstatus.order.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.cmr.orderstatus.order.domain.TimelineTest.event;
import static org.assertj.core.api.Assertions.assertThat;

class DelayDetectionTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final PromisedWindow WINDOW = new PromisedWindow(T0.plus(Duration.ofDays(2)), T0.plus(Duration.ofDays(3)));
    private static final DelayRules RULES = new DelayRules(Duration.ofHours(24), Duration.ZERO, Duration.ZERO);
    private static final Instant SOON = T0.plus(Duration.ofHours(6));

    private static List<ShipmentView> shipment(TrackingEvent... events) {
        return List.of(new ShipmentView("demo-carrier", "TRK1", Timeline.of(List.of(events))));
    }

    private static List<DelayCause> causes(List<ShipmentView> shipments, Instant now) {
        return DelayDetection.detect(WINDOW, shipments, RULES, now).stream().map(DelayDetection.Detection::cause).toList();
    }

    @Test
    void anOrderMovingAlongItsPromiseHasNoDelay() {
        List<ShipmentView> shipments = shipment(event("e1", EventType.PICKED_UP, 1, WINDOW.start()));

        assertThat(causes(shipments, SOON)).isEmpty();
        assertThat(DelayDetection.punctuality(WINDOW, shipments, List.of())).isEqualTo(Punctuality.ON_TIME);
    }

    @Test
    void anEtaAfterThePromisedWindowMakesTheOrderLate() {
        List<ShipmentView> shipments = shipment(event("e1", EventType.IN_TRANSIT, 1, WINDOW.end().plusSeconds(1)));

        List<DelayDetection.Detection> found = DelayDetection.detect(WINDOW, shipments, RULES, SOON);

        assertThat(found).extracting(DelayDetection.Detection::key).containsExactly("ETA_AFTER_WINDOW:demo-carrier:TRK1");
        List<DelayNotice> notices = DelayDetection.reconcile(List.of(), found, SOON);
        Punctuality punctuality = DelayDetection.punctuality(WINDOW, shipments, notices);
        assertThat(punctuality.level()).isEqualTo(Punctuality.Level.LATE);
        assertThat(punctuality.reason()).isEqualTo("ETA_AFTER_WINDOW");
    }

    @Test
    void anEtaWithinTheToleranceIsNotLate() {
        DelayRules tolerant = new DelayRules(Duration.ofHours(24), Duration.ofHours(2), Duration.ZERO);
        List<ShipmentView> shipments = shipment(event("e1", EventType.IN_TRANSIT, 1, WINDOW.end().plusSeconds(3600)));

        assertThat(DelayDetection.detect(WINDOW, shipments, tolerant, SOON)).isEmpty();
    }

    @Test
    void aCarrierExceptionOrFailedDeliveryPutsTheOrderAtRiskWithTheCarriersReason() {
        TrackingEvent exception = new TrackingEvent("e2", EventType.EXCEPTION, T0.plusSeconds(7200), "Lyon", null, "WEATHER");
        List<ShipmentView> shipments = shipment(event("e1", EventType.IN_TRANSIT, 1), exception);

        List<DelayDetection.Detection> found = DelayDetection.detect(WINDOW, shipments, RULES, SOON);

        assertThat(found).extracting(DelayDetection.Detection::cause).containsExactly(DelayCause.CARRIER_PROBLEM);
        assertThat(found.get(0).detail()).contains("WEATHER");
        assertThat(DelayDetection.punctuality(WINDOW, shipments, DelayDetection.reconcile(List.of(), found, SOON)).level())
                .isEqualTo(Punctuality.Level.AT_RISK);
        assertThat(causes(shipment(event("e1", EventType.DELIVERY_FAILED, 1)), SOON)).containsExactly(DelayCause.CARRIER_PROBLEM);
    }

    @Test
    void aShipmentOnItsWayWithoutCarrierNewsForTooLongIsAtRisk() {
        List<ShipmentView> shipments = shipment(event("e1", EventType.IN_TRANSIT, 1));

        assertThat(causes(shipments, T0.plus(Duration.ofHours(24)))).isEmpty();
        assertThat(causes(shipments, T0.plus(Duration.ofHours(26)))).containsExactly(DelayCause.NO_CARRIER_NEWS);
    }

    @Test
    void aShipmentNotYetPickedUpIsNotStale() {
        assertThat(causes(shipment(event("e1", EventType.LABEL_CREATED, 1)), T0.plus(Duration.ofHours(40)))).isEmpty();
    }

    @Test
    void thePromisedWindowPassingWithoutDeliveryMakesTheOrderLate() {
        Instant after = WINDOW.end().plusSeconds(1);

        assertThat(causes(shipment(event("e1", EventType.OUT_FOR_DELIVERY, 71)), after)).containsExactly(DelayCause.WINDOW_PASSED);
        assertThat(causes(List.of(), after)).containsExactly(DelayCause.WINDOW_PASSED);
        assertThat(causes(shipment(event("e1", EventType.DELIVERED, 70)), after)).isEmpty();
    }

    @Test
    void anOrderDeliveredAfterItsWindowStaysMarkedLate() {
        List<ShipmentView> shipments = shipment(event("e1", EventType.DELIVERED, 80));

        Punctuality punctuality = DelayDetection.punctuality(WINDOW, shipments, List.of());

        assertThat(punctuality.level()).isEqualTo(Punctuality.Level.LATE);
        assertThat(punctuality.reason()).isEqualTo("DELIVERED_LATE");
    }

    @Test
    void aCauseStillFoundIsRaisedOnlyOnceAndClearedWhenItGoesAway() {
        List<ShipmentView> stuck = shipment(event("e1", EventType.EXCEPTION, 1));
        List<DelayNotice> first = DelayDetection.reconcile(List.of(), DelayDetection.detect(WINDOW, stuck, RULES, SOON), SOON);
        Instant later = SOON.plusSeconds(600);

        List<DelayNotice> again = DelayDetection.reconcile(first, DelayDetection.detect(WINDOW, stuck, RULES, later), later);

        assertThat(again).isEqualTo(first);
        List<ShipmentView> moving = shipment(event("e1", EventType.EXCEPTION, 1), event("e2", EventType.IN_TRANSIT, 3));
        List<DelayNotice> resolved = DelayDetection.reconcile(again, DelayDetection.detect(WINDOW, moving, RULES, later), later);
        assertThat(resolved).singleElement().satisfies(notice -> {
            assertThat(notice.active()).isFalse();
            assertThat(notice.clearedAt()).isEqualTo(later);
            assertThat(notice.raisedAt()).isEqualTo(SOON);
        });
        assertThat(DelayDetection.punctuality(WINDOW, moving, resolved)).isEqualTo(Punctuality.ON_TIME);
    }

    @Test
    void lateWinsOverAtRisk() {
        List<ShipmentView> shipments = shipment(new TrackingEvent("e1", EventType.EXCEPTION, T0, "Lyon",
                WINDOW.end().plusSeconds(86_400), "ADDRESS"));
        List<DelayNotice> notices = DelayDetection.reconcile(List.of(),
                DelayDetection.detect(WINDOW, shipments, RULES, SOON), SOON);

        assertThat(notices).hasSize(2);
        assertThat(DelayDetection.punctuality(WINDOW, shipments, notices).reason()).isEqualTo("ETA_AFTER_WINDOW");
    }
}
