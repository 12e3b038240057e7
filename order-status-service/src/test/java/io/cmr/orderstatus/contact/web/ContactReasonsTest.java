package io.cmr.orderstatus.contact.web;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ContactReasonsTest extends ContactApi {

    @Test
    void anyoneSignedInReadsTheSeededTaxonomyInFrenchAndEnglish() {
        api.get().uri("/api/v1/contact-reasons").header(HttpHeaders.AUTHORIZATION, support()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[?(@.code == 'delivery')].name.fr").isEqualTo("Livraison")
                .jsonPath("$[?(@.code == 'delivery')].reasons[?(@.code == 'WHERE_IS_MY_ORDER')].kind")
                .isEqualTo("AVOIDABLE_BY_INFORMATION")
                .jsonPath("$[?(@.code == 'feedback')].reasons[?(@.code == 'COMPLIMENT')].kind").isEqualTo("VALUABLE")
                .jsonPath("$[?(@.code == 'account')].reasons[?(@.code == 'SIGN_IN')].name.en").isEqualTo("Cannot sign in")
                .jsonPath("$.length()").isEqualTo(6);
        api.get().uri("/api/v1/contact-reasons").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void anAdminAddsAReasonThatContactsCanThenUse() {
        reason("PARCEL_LOCKER", "delivery", "AVOIDABLE_BY_SELF_SERVICE");

        api.get().uri("/api/v1/contact-reasons").header(HttpHeaders.AUTHORIZATION, callCentre()).exchange()
                .expectBody().jsonPath("$[?(@.code == 'delivery')].reasons[?(@.code == 'PARCEL_LOCKER')].name.fr")
                .isEqualTo("PARCEL_LOCKER fr");
        record(support(), """
                {"channel":"PHONE","reasonCode":"PARCEL_LOCKER"}""").expectStatus().isCreated();
        add(admin(), "PARCEL_LOCKER", "delivery").expectStatus().isEqualTo(409);
    }

    @Test
    void onlyAdminsChangeTheTaxonomy() {
        add(support(), "SUPPORT_REASON", "delivery").expectStatus().isForbidden();
        add(callCentre(), "PARTNER_REASON", "delivery").expectStatus().isForbidden();
        api.post().uri("/api/v1/admin/contact-reasons").contentType(MediaType.APPLICATION_JSON).body("{}").exchange()
                .expectStatus().isUnauthorized();
        change(support(), "WHERE_IS_MY_ORDER", true).expectStatus().isForbidden();
    }

    @Test
    void aRetiredReasonStaysForOldContactsButNewOnesCannotUseIt() {
        reason("FAX_REQUEST", "account", "AVOIDABLE_BY_SELF_SERVICE");
        String id = record(support(), """
                {"channel":"PHONE","reasonCode":"FAX_REQUEST"}""").expectStatus().isCreated()
                .returnResult(ContactView.class).getResponseBody().id();

        change(admin(), "FAX_REQUEST", true).expectStatus().isOk().expectBody().jsonPath("$.retired").isEqualTo(true);

        api.get().uri("/api/v1/contact-reasons").header(HttpHeaders.AUTHORIZATION, support()).exchange()
                .expectBody().jsonPath("$[?(@.code == 'account')].reasons[?(@.code == 'FAX_REQUEST')]").isEmpty();
        api.get().uri("/api/v1/contact-reasons?includeRetired=true").header(HttpHeaders.AUTHORIZATION, support())
                .exchange().expectBody()
                .jsonPath("$[?(@.code == 'account')].reasons[?(@.code == 'FAX_REQUEST')].retired").isEqualTo(true);
        api.get().uri("/api/v1/contacts/{id}", id).header(HttpHeaders.AUTHORIZATION, support()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.reasonCode").isEqualTo("FAX_REQUEST");
        record(support(), """
                {"channel":"PHONE","reasonCode":"FAX_REQUEST"}""").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reasonCode");
        api.delete().uri("/api/v1/admin/contact-reasons/FAX_REQUEST").header(HttpHeaders.AUTHORIZATION, admin())
                .exchange().expectStatus().isEqualTo(405);
    }

    @Test
    void aReasonNeedsAKnownCategoryAWellFormedCodeBothNamesAndAKind() {
        add(admin(), "NEW_ONE", "gardening").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("category");
        add(admin(), "lower case", "delivery").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("code");
        api.post().uri("/api/v1/admin/contact-reasons").header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"code":"NO_NAME","category":"delivery","name":{"fr":"Sans nom"},"kind":"SOMETIMES"}""")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
        api.post().uri("/api/v1/admin/contact-reasons").header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"code":"NO_NAME","category":"delivery","name":{"fr":"Sans nom"},"kind":"VALUABLE"}""")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("name.en");
        api.post().uri("/api/v1/admin/contact-reasons").header(HttpHeaders.AUTHORIZATION, admin())
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"code":"NO_NAME","category":"delivery","name":{"fr":"a","en":"b"},"kind":"VALUABLE","colour":"red"}""")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("colour");
        change(admin(), "NOT_A_REASON", false).expectStatus().isNotFound();
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec add(String token, String code,
            String category) {
        return api.post().uri("/api/v1/admin/contact-reasons").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"code":"%s","category":"%s","name":{"fr":"x","en":"x"},"kind":"VALUABLE"}"""
                        .formatted(code, category)).exchange();
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec change(String token, String code,
            boolean retired) {
        return api.put().uri("/api/v1/admin/contact-reasons/{code}", code).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"category":"account","name":{"fr":"Fax","en":"Fax"},"kind":"AVOIDABLE_BY_SELF_SERVICE","retired":%s}"""
                        .formatted(retired)).exchange();
    }
}
