package io.cmr.orderstatus.contact.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cmr.orderstatus.notification.SentNotices.SentNotice;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

class ContactJoinsTest extends ContactApi {

    private static final Instant NOW = Instant.now();

    @Test
    void aContactAfterANoticeAboutItsOrderCameDespiteThatNotice() {
        order("JN-1", "jn-ann", "demo-carrier", "TRK-JN1");
        notices.sent("jn-ann", new SentNotice("order:JN-1:delay:LATE", "DELAY_LATE", null, List.of("JN-1"),
                NOW.minus(Duration.ofHours(2))));

        record(support(), """
                {"channel":"PHONE","reasonCode":"WHERE_IS_MY_ORDER","orderId":"JN-1","at":"%s"}"""
                .formatted(NOW.minus(Duration.ofHours(1))))
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.despiteNotice.noticeKey").isEqualTo("order:JN-1:delay:LATE")
                .jsonPath("$.despiteNotice.kind").isEqualTo("DELAY_LATE");
    }

    @Test
    void aNoticeSentAfterTheContactDoesNotCount() {
        order("JN-2", "jn-ben", "demo-carrier", "TRK-JN2");
        notices.sent("jn-ben", new SentNotice("order:JN-2:delay:LATE", "DELAY_LATE", null, List.of("JN-2"),
                NOW.minus(Duration.ofMinutes(10))));

        record(support(), """
                {"channel":"PHONE","reasonCode":"WHERE_IS_MY_ORDER","orderId":"JN-2","at":"%s"}"""
                .formatted(NOW.minus(Duration.ofHours(1))))
                .expectStatus().isCreated().expectBody().jsonPath("$.despiteNotice").doesNotExist();
    }

    @Test
    void aNoticeAboutAnotherOrderDoesNotCountForAnOrdersContact() {
        order("JN-3", "jn-cal", "demo-carrier", "TRK-JN3");
        notices.sent("jn-cal", new SentNotice("order:JN-OTHER:delay:LATE", "DELAY_LATE", null, List.of("JN-OTHER"),
                NOW.minus(Duration.ofHours(5))));

        record(support(), """
                {"channel":"PHONE","reasonCode":"WHERE_IS_MY_ORDER","orderId":"JN-3"}""")
                .expectStatus().isCreated().expectBody().jsonPath("$.despiteNotice").doesNotExist();
    }

    @Test
    void withoutAnOrderARecentIncidentNoticeCounts() {
        notices.sent("known-jn-dee", new SentNotice("incident:i-7:declared", "INCIDENT_DECLARED", "i-7", List.of(),
                NOW.minus(Duration.ofDays(1))));

        record(support(), """
                {"channel":"PHONE","reasonCode":"WHERE_IS_MY_ORDER","customerId":"known-jn-dee"}""")
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.despiteNotice.incidentId").isEqualTo("i-7");
    }

    @Test
    void aContactOfTheSameCustomerAndReasonWithinSevenDaysRepeatsTheEarlierOne() {
        order("JN-5", "jn-eli", "demo-carrier", "TRK-JN5");
        String first = contact("jn-eli", "LATE", NOW.minus(Duration.ofDays(3)));
        String other = contact("jn-eli", "DAMAGED", NOW.minus(Duration.ofDays(2)));

        record(support(), """
                {"channel":"EMAIL","reasonCode":"LATE","customerId":"jn-eli","at":"%s"}"""
                .formatted(NOW.minus(Duration.ofHours(1))))
                .expectStatus().isCreated().expectBody().jsonPath("$.repeatOf").isEqualTo(first);

        api.get().uri("/api/v1/contacts/{id}", first).header(HttpHeaders.AUTHORIZATION, support()).exchange()
                .expectBody().jsonPath("$.resolved").isEqualTo(true).jsonPath("$.trulyResolved").isEqualTo(false)
                .jsonPath("$.repeatedBy").exists();
        api.get().uri("/api/v1/contacts/{id}", other).header(HttpHeaders.AUTHORIZATION, support()).exchange()
                .expectBody().jsonPath("$.trulyResolved").isEqualTo(true).jsonPath("$.repeatOf").doesNotExist();
    }

    @Test
    void aContactAfterTheWindowIsNotARepeat() {
        order("JN-6", "jn-fox", "demo-carrier", "TRK-JN6");
        String first = contact("jn-fox", "LATE", NOW.minus(Duration.ofDays(20)));

        record(support(), """
                {"channel":"PHONE","reasonCode":"LATE","customerId":"jn-fox","at":"%s"}"""
                .formatted(NOW.minus(Duration.ofDays(10))))
                .expectStatus().isCreated().expectBody().jsonPath("$.repeatOf").doesNotExist();
        api.get().uri("/api/v1/contacts/{id}", first).header(HttpHeaders.AUTHORIZATION, support()).exchange()
                .expectBody().jsonPath("$.trulyResolved").isEqualTo(true);
    }

    private String contact(String customerId, String reason, Instant at) {
        return record(support(), """
                {"channel":"PHONE","reasonCode":"%s","customerId":"%s","at":"%s","resolved":true}"""
                .formatted(reason, customerId, at))
                .expectStatus().isCreated().returnResult(ContactView.class).getResponseBody().id();
    }
}
