package io.cmr.orderstatus.order.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    static TrackingEvent event(String id, EventType type, int hour) {
        return new TrackingEvent(id, type, T0.plusSeconds(hour * 3600L), "Lyon", null, null);
    }

    static TrackingEvent event(String id, EventType type, int hour, Instant eta) {
        return new TrackingEvent(id, type, T0.plusSeconds(hour * 3600L), "Lyon", eta, null);
    }

    @Test
    void eventsAreShownInTheOrderTheyHappenedNotTheOrderTheyArrived() {
        Timeline timeline = Timeline.of(List.of(event("e3", EventType.IN_TRANSIT, 3), event("e1", EventType.LABEL_CREATED, 1),
                event("e2", EventType.PICKED_UP, 2)));

        assertThat(timeline.events()).extracting(TrackingEvent::eventId).containsExactly("e1", "e2", "e3");
        assertThat(timeline.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
    }

    @Test
    void anEventSentTwiceAppearsOnce() {
        Timeline timeline = Timeline.of(List.of(event("e1", EventType.LABEL_CREATED, 1), event("e1", EventType.LABEL_CREATED, 1),
                event("e2", EventType.PICKED_UP, 2)));

        assertThat(timeline.events()).extracting(TrackingEvent::eventId).containsExactly("e1", "e2");
    }

    @Test
    void aLateOlderEventDoesNotTakeTheStatusBack() {
        Timeline timeline = Timeline.of(List.of(event("e4", EventType.OUT_FOR_DELIVERY, 4), event("e2", EventType.IN_TRANSIT, 2)));

        assertThat(timeline.status()).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
    }

    @Test
    void aDeliveredShipmentStaysDeliveredWhateverTheCarrierSendsAfter() {
        Timeline timeline = Timeline.of(List.of(event("e5", EventType.DELIVERED, 5), event("e6", EventType.IN_TRANSIT, 6)));

        assertThat(timeline.status()).isEqualTo(ShipmentStatus.DELIVERED);
    }

    @Test
    void aShipmentWithoutEventsIsPending() {
        assertThat(Timeline.of(List.of()).status()).isEqualTo(ShipmentStatus.PENDING);
        assertThat(Timeline.of(List.of()).eta()).isEmpty();
    }

    @Test
    void theEtaIsTheOneOfTheLatestEventThatCarriesOne() {
        Instant first = T0.plusSeconds(86_400);
        Instant second = T0.plusSeconds(2 * 86_400);
        Timeline timeline = Timeline.of(List.of(event("e3", EventType.IN_TRANSIT, 3), event("e2", EventType.PICKED_UP, 2, second),
                event("e1", EventType.LABEL_CREATED, 1, first)));

        assertThat(timeline.eta()).contains(second);
    }

    @Test
    void aNewDeliveryAttemptAfterAFailureMovesTheShipmentOn() {
        Timeline timeline = Timeline.of(List.of(event("e1", EventType.DELIVERY_FAILED, 1), event("e2", EventType.OUT_FOR_DELIVERY, 2)));

        assertThat(timeline.status()).isEqualTo(ShipmentStatus.OUT_FOR_DELIVERY);
    }

    @Test
    void anOrderIsAsFarAsItsLeastAdvancedShipmentWithProblemsShownFirst() {
        assertThat(ShipmentStatus.ofOrder(List.of(ShipmentStatus.DELIVERED, ShipmentStatus.IN_TRANSIT)))
                .isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertThat(ShipmentStatus.ofOrder(List.of(ShipmentStatus.IN_TRANSIT, ShipmentStatus.EXCEPTION)))
                .isEqualTo(ShipmentStatus.EXCEPTION);
        assertThat(ShipmentStatus.ofOrder(List.of())).isEqualTo(ShipmentStatus.PENDING);
    }

    @Test
    void theSameEventsInAnyOrderAndAnyRepetitionGiveTheSameTimelineStatusAndEta() {
        List<TrackingEvent> events = List.of(
                event("a", EventType.LABEL_CREATED, 1, T0.plusSeconds(200_000)),
                event("b", EventType.PICKED_UP, 2),
                event("c", EventType.IN_TRANSIT, 5, T0.plusSeconds(300_000)),
                event("d", EventType.EXCEPTION, 6),
                event("e", EventType.IN_TRANSIT, 6),
                event("f", EventType.OUT_FOR_DELIVERY, 9),
                event("g", EventType.DELIVERY_FAILED, 10),
                event("h", EventType.OUT_FOR_DELIVERY, 30, T0.plusSeconds(120_000)),
                event("i", EventType.DELIVERED, 31),
                event("j", EventType.IN_TRANSIT, 32));
        Timeline expected = Timeline.of(events);
        Random random = new Random(20_260_301L);

        for (int run = 0; run < 2_000; run++) {
            List<TrackingEvent> arrival = new ArrayList<>(events);
            int duplicates = random.nextInt(events.size() * 2);
            for (int i = 0; i < duplicates; i++) {
                arrival.add(events.get(random.nextInt(events.size())));
            }
            Collections.shuffle(arrival, random);
            int cut = random.nextInt(arrival.size() + 1);
            // Arriving in two deliveries, merged like the stored timeline and a new batch are.
            List<TrackingEvent> merged = new ArrayList<>(Timeline.of(arrival.subList(0, cut)).events());
            merged.addAll(arrival.subList(cut, arrival.size()));

            Timeline timeline = Timeline.of(merged);
            assertThat(timeline.events()).isEqualTo(expected.events());
            assertThat(timeline.status()).isEqualTo(ShipmentStatus.DELIVERED);
            assertThat(timeline.eta()).isEqualTo(expected.eta());
        }
        assertThat(expected.events()).extracting(TrackingEvent::eventId)
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
    }
}
