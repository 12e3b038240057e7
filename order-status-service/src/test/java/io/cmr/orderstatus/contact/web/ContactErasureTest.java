package io.cmr.orderstatus.contact.web;

import java.time.Instant;
import java.time.ZoneId;

import io.cmr.orderstatus.contact.domain.IsoWeek;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

class ContactErasureTest extends ContactApi {

    @Test
    void anErasedCustomersContactsStayCountedButKeepNothingThatIdentifiesThem() {
        reason("ER_REASON", "account", "AVOIDABLE_BY_SELF_SERVICE");
        order("ER-1", "er-zoe", "demo-carrier", "TRK-ER1");
        String id = record(support(), """
                {"channel":"PHONE","reasonCode":"ER_REASON","orderId":"ER-1","note":"Zoe, flat 3B, asked about her data"}""")
                .expectStatus().isCreated().returnResult(ContactView.class).getResponseBody().id();
        String internal = tokens.partner("profile-service", "internal").bearer();
        String week = IsoWeek.of(Instant.now(), ZoneId.of("Europe/Paris")).toString();

        api.get().uri("/internal/v1/customers/er-zoe/export").header(HttpHeaders.AUTHORIZATION, internal).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.contacts[0].id").isEqualTo(id)
                .jsonPath("$.contacts[0].note").isEqualTo("Zoe, flat 3B, asked about her data");

        api.delete().uri("/internal/v1/customers/er-zoe").header(HttpHeaders.AUTHORIZATION, internal).exchange()
                .expectStatus().isNoContent();

        api.get().uri("/internal/v1/customers/er-zoe/export").header(HttpHeaders.AUTHORIZATION, internal).exchange()
                .expectBody().jsonPath("$.contacts.length()").isEqualTo(0);
        api.get().uri("/api/v1/contacts/{id}", id).header(HttpHeaders.AUTHORIZATION, support()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.customerId").doesNotExist()
                .jsonPath("$.note").doesNotExist()
                .jsonPath("$.reasonCode").isEqualTo("ER_REASON");
        api.get().uri("/api/v1/admin/contact-reports/weekly?from={w}&to={w}", week, week)
                .header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.weeks[0].rows[?(@.key == 'ER_REASON')].count").isEqualTo(1);
    }
}
