package io.cmr.orderstatus.contact.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.cmr.orderstatus.contact.Contacts;
import io.cmr.orderstatus.support.SupportAudit;
import io.cmr.orderstatus.support.SupportRead;
import io.cmr.platform.test.AtOnce;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class RecordingContactsTest extends ContactApi {

    @Autowired
    Contacts contacts;

    @Autowired
    SupportAudit audit;

    @Test
    void anAgentRecordsAContactWithEverythingKnownAboutIt() {
        order("RC-1", "rc-ann", "demo-carrier", "TRK-RC1");
        Instant at = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);

        record(support(), """
                {"channel":"PHONE","reasonCode":"WHERE_IS_MY_ORDER","customerId":"rc-ann","orderId":"RC-1",
                 "at":"%s","handlingSeconds":240,"resolved":true,"note":"Told her it leaves tomorrow"}""".formatted(at))
                .expectStatus().isCreated()
                .expectHeader().exists(HttpHeaders.LOCATION)
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody()
                .jsonPath("$.channel").isEqualTo("PHONE")
                .jsonPath("$.reasonCode").isEqualTo("WHERE_IS_MY_ORDER")
                .jsonPath("$.customerId").isEqualTo("rc-ann")
                .jsonPath("$.orderId").isEqualTo("RC-1")
                .jsonPath("$.at").isEqualTo(at.toString())
                .jsonPath("$.week").exists()
                .jsonPath("$.handlingSeconds").isEqualTo(240)
                .jsonPath("$.resolved").isEqualTo(true)
                .jsonPath("$.trulyResolved").isEqualTo(true)
                .jsonPath("$.note").isEqualTo("Told her it leaves tomorrow")
                .jsonPath("$.recordedBy").isEqualTo("sam-agent")
                .jsonPath("$.despiteNotice").doesNotExist();
        assertThat(contacts.of("rc-ann")).singleElement()
                .satisfies(contact -> assertThat(contact.carriers()).containsExactly("demo-carrier"));
    }

    @Test
    void aPartnerToolRecordsAsItselfAndAnOrderGivesTheCustomer() {
        order("RC-2", "rc-bea", "demo-carrier", "TRK-RC2");

        record(callCentre(), """
                {"channel":"CHAT","reasonCode":"DAMAGED","orderId":"RC-2"}""")
                .expectStatus().isCreated().expectBody()
                .jsonPath("$.recordedBy").isEqualTo("demo-callcentre")
                .jsonPath("$.customerId").isEqualTo("rc-bea")
                .jsonPath("$.resolved").isEqualTo(false);
    }

    @Test
    void aContactOfAnUnknownCallerIsRecordedWithoutCustomer() {
        record(support(), """
                {"channel":"STORE","reasonCode":"PRODUCT_QUESTION"}""")
                .expectStatus().isCreated().expectBody().jsonPath("$.customerId").doesNotExist();
    }

    @Test
    void aCustomerKnownOnlyToProfileServiceCanBeNamed() {
        record(support(), """
                {"channel":"EMAIL","reasonCode":"SIGN_IN","customerId":"known-cora"}""")
                .expectStatus().isCreated().expectBody().jsonPath("$.customerId").isEqualTo("known-cora");
    }

    @Test
    void onlySupportAndPartnerToolsWithTheScopeRecordContacts() {
        String body = """
                {"channel":"PHONE","reasonCode":"WHERE_IS_MY_ORDER"}""";
        record(tokens.customer("rc-cat").bearer(), body).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        record(tokens.partner("demo-merchant", "orders:write").bearer(), body).expectStatus().isForbidden();
        api.post().uri("/api/v1/contacts").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRecordsOneContact() {
        order("RC-3", "rc-dan", "demo-carrier", "TRK-RC3");
        String body = """
                {"channel":"PHONE","reasonCode":"LATE","orderId":"RC-3"}""";

        String first = withKey(callCentre(), "call-3", body).expectStatus().isCreated()
                .returnResult(ContactView.class).getResponseBody().id();
        withKey(callCentre(), "call-3", body).expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(first);
        withKey(callCentre(), "call-3", body.replace("PHONE", "CHAT")).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(contacts.of("rc-dan")).hasSize(1);
    }

    @Test
    void concurrentRetriesWithOneKeyStoreOneContact() throws InterruptedException {
        order("RC-4", "rc-eve", "demo-carrier", "TRK-RC4");
        String body = """
                {"channel":"PHONE","reasonCode":"LATE","orderId":"RC-4"}""";
        String token = callCentre();

        List<Integer> statuses = AtOnce.run(6, i -> withKey(token, "call-4", body).returnResult(String.class)
                .getStatus().value());

        assertThat(statuses).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
        assertThat(contacts.of("rc-eve")).hasSize(1);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() {
        order("RC-5", "rc-fay", "demo-carrier", "TRK-RC5");
        order("RC-6", "rc-gus", "demo-carrier", "TRK-RC6");

        refused("""
                {"channel":"PHONE","reasonCode":"ANGRY_CUSTOMER","customerId":"rc-fay"}""", "reasonCode");
        refused("""
                {"channel":"PIGEON","reasonCode":"LATE","customerId":"rc-fay"}""", "channel");
        refused("""
                {"channel":"PHONE","reasonCode":"LATE","customerId":"rc-fay","at":"%s"}"""
                .formatted(Instant.now().plusSeconds(3600)), "at");
        refused("""
                {"channel":"PHONE","reasonCode":"LATE","customerId":"rc-fay","handlingSeconds":-5}""", "handlingSeconds");
        refused("""
                {"channel":"PHONE","reasonCode":"LATE","customerId":"rc-fay","orderId":"RC-6"}""", "orderId");
        refused("""
                {"channel":"PHONE","reasonCode":"LATE","customerId":"rc-fay","orderId":"NO-SUCH-ORDER"}""", "orderId");
        refused("""
                {"channel":"PHONE","reasonCode":"LATE","customerId":"nobody-we-know"}""", "customerId");
        refused("""
                {"channel":"PHONE","reasonCode":"LATE","customerId":"rc-fay","mood":"angry"}""", "mood");
        refused("""
                {"channel":"PHONE","customerId":"rc-fay"}""", "reasonCode");
        refused("""
                {"channel":"PHONE","reasonCode":"LATE","customerId":"rc-fay","note":"%s"}"""
                .formatted("x".repeat(2001)), "note");
        refused("""
                {"channel":"PHONE","reasonCode":{"$gt":""},"customerId":"rc-fay"}""", "reasonCode");

        assertThat(contacts.of("rc-fay")).isEmpty();
        assertThat(contacts.of("rc-gus")).isEmpty();
    }

    @Test
    void supportReCodesAContactAndTheChangeIsKept() {
        order("RC-7", "rc-hal", "demo-carrier", "TRK-RC7");
        String id = record(support(), """
                {"channel":"PHONE","reasonCode":"WHERE_IS_MY_ORDER","orderId":"RC-7"}""")
                .expectStatus().isCreated().returnResult(ContactView.class).getResponseBody().id();

        recode(support(), id, "LATE", null).expectStatus().isOk().expectBody()
                .jsonPath("$.reasonCode").isEqualTo("LATE")
                .jsonPath("$.recodings[0].from").isEqualTo("WHERE_IS_MY_ORDER")
                .jsonPath("$.recodings[0].to").isEqualTo("LATE")
                .jsonPath("$.recodings[0].by").isEqualTo("sam-agent");
        recode(support(), id, "DAMAGED", "\"1\"").expectStatus().isEqualTo(412);
        recode(support(), id, "NO_SUCH_REASON", null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reasonCode");
        recode(callCentre(), id, "DAMAGED", null).expectStatus().isForbidden();
        recode(tokens.customer("rc-hal").bearer(), id, "DAMAGED", null).expectStatus().isForbidden();
        recode(support(), "no-such-contact", "DAMAGED", null).expectStatus().isNotFound();

        api.get().uri("/api/v1/contacts/{id}", id).header(HttpHeaders.AUTHORIZATION, admin()).exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"")
                .expectBody().jsonPath("$.reasonCode").isEqualTo("LATE").jsonPath("$.recodings.length()").isEqualTo(1);
        assertThat(audit.of("rc-hal")).extracting(SupportRead::agent).contains("ada-admin");
        api.get().uri("/api/v1/contacts/{id}", id).header(HttpHeaders.AUTHORIZATION, callCentre()).exchange()
                .expectStatus().isForbidden();
        api.get().uri("/api/v1/contacts/{id}", "no-such-contact").header(HttpHeaders.AUTHORIZATION, support())
                .exchange().expectStatus().isNotFound();
    }

    private void refused(String body, String field) {
        record(support(), body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains(field));
    }

    private RestTestClient.ResponseSpec withKey(String token, String key, String body) {
        return api.post().uri("/api/v1/contacts").header(HttpHeaders.AUTHORIZATION, token)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private RestTestClient.ResponseSpec recode(String token, String id, String reason, String ifMatch) {
        RestTestClient.RequestBodySpec request = api.put().uri("/api/v1/contacts/{id}/reason", id)
                .header(HttpHeaders.AUTHORIZATION, token);
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.contentType(MediaType.APPLICATION_JSON).body("""
                {"reasonCode":"%s"}""".formatted(reason)).exchange();
    }
}
