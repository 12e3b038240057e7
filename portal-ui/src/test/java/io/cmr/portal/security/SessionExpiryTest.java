package io.cmr.portal.security;

import io.cmr.portal.SignedInPageTest;
import org.junit.jupiter.api.Test;

import org.springframework.security.web.savedrequest.SavedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A session that ended sends the user through the login and back to the page they were on. */
class SessionExpiryTest extends SignedInPageTest {

    @Test
    void aPageAskedForWithoutASessionIsTheOneTheLoginComesBackTo() throws Exception {
        mvc.perform(get("/orders?status=DELIVERED").session(session))
                .andExpect(redirectedUrl("/oauth2/authorization/portal"));

        assertThat(saved().getRedirectUrl()).as("Spring Security marks the way back with 'continue'")
                .isEqualTo("http://localhost/orders?status=DELIVERED&continue");
    }

    @Test
    void aPartRefreshedByHtmxAfterTheSessionEndedBringsTheUserBackToItsPage() throws Exception {
        mvc.perform(get("/orders/ord-1").session(session).header("HX-Request", "true")
                        .header("HX-Current-URL", "http://localhost/orders/ord-1?lang=fr"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/oauth2/authorization/portal"));

        assertThat(saved().getRedirectUrl()).isEqualTo("http://localhost/orders/ord-1?lang=fr&continue");
    }

    @Test
    void anotherSitesAddressIsNeverWhereTheLoginGoes() throws Exception {
        mvc.perform(get("/orders/ord-1").session(session).header("HX-Request", "true")
                .header("HX-Current-URL", "https://evil.example//evil.example/x"));

        assertThat(saved().getRedirectUrl()).startsWith("http://localhost/orders/ord-1");
    }

    private SavedRequest saved() {
        return (SavedRequest) session.getAttribute("SPRING_SECURITY_SAVED_REQUEST");
    }
}
