package io.cmr.orderstatus.incident;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import io.cmr.orderstatus.notification.NoticeRequest;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentRulesTest {

    private static final Instant T = Instant.parse("2026-06-10T08:00:00Z");

    private static Incident incident() {
        Revision declared = new Revision(1, Revision.DECLARED, new Localized("Fermé", "Closed"), T.plusSeconds(86_400), "ada", T);
        return new Incident("inc-1", new Localized("Hub fermé", "Hub closed"), new Localized("Fermé", "Closed"), "Storm",
                T.plusSeconds(86_400), new IncidentSelector("c", null, null, null, null), IncidentStatus.ACTIVE, 1,
                List.of(declared), FanOut.start(1, FanOut.Phase.MATCHING, T), "ada", null, T, null, 1, T);
    }

    @Test
    void aCustomersNoticeNamesTheirOrdersInBothLanguagesUnderOneKeyPerRevision() {
        Incident incident = incident();
        NoticeRequest notice = IncidentNotices.of(incident, incident.latest(), "amy", List.of("O-1", "O-2"), "https://cmr.example/");

        assertThat(notice.noticeKey()).isEqualTo("incident:inc-1:v1");
        assertThat(notice.topicId()).isEqualTo("service-incidents");
        assertThat(notice.orderIds()).containsExactly("O-1", "O-2");
        assertThat(notice.values()).containsEntry("title.fr", "Hub fermé").containsEntry("title.en", "Hub closed")
                .containsEntry("orderIds", "O-1, O-2").containsEntry("orderCount", "2")
                .containsEntry("ordersUrl", "https://cmr.example/orders")
                .containsEntry("expectedResolution", "2026-06-11T08:00:00Z");
    }

    @Test
    void aCustomerWithManyOrdersSeesTheFirstTenAndTheCount() {
        Incident incident = incident();
        List<String> orders = IntStream.range(0, 12).mapToObj(i -> "O-" + i).toList();

        NoticeRequest notice = IncidentNotices.of(incident, incident.latest(), "amy", orders, null);

        assertThat(notice.values().get("orderIds")).startsWith("O-0, O-1").endsWith("O-9 …");
        assertThat(notice.values()).containsEntry("orderCount", "12").doesNotContainKey("ordersUrl");
        assertThat(notice.orderIds()).hasSize(12);
    }

    @Test
    void aSelectorMustNameSomethingAndEachBadCriterionIsNamed() {
        assertThat(new IncidentSelector(null, List.of(), null, null, null).problems("selector"))
                .extracting("field").containsExactly("selector");
        assertThat(new IncidentSelector("bad carrier!", List.of("75", "7 5"), List.of("FR-IDF", "FR-ZZZ"),
                List.of(ShipmentStatus.IN_TRANSIT), new IncidentSelector.Period(T, T)).problems("selector"))
                .extracting("field").containsExactly("selector.carrier", "selector.postalCodePrefixes[1]",
                        "selector.regions[1]", "selector.shippedBetween");
        assertThat(new IncidentSelector(null, null, List.of("FR-COR"), null, null).problems("selector")).isEmpty();
    }
}
