package io.cmr.portal.admin;

import java.util.List;

import io.cmr.portal.ConsolePageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ConsoleAccessTest extends ConsolePageTest {

    @Test
    void aCustomerSeesNoConsoleAndIsRefusedEveryConsolePage() throws Exception {
        api.on("GET", "/api/v1/orders", 200, "{\"orders\":[],\"next\":null}");

        mvc.perform(asAlice(get("/")))
                .andExpect(content().string(allOf(not(containsString("href=\"/admin\"")),
                        not(containsString("href=\"/support\"")))));
        for (String page : new String[] { "/admin", "/admin/topics", "/admin/templates", "/admin/delay-rules",
                "/admin/incidents", "/admin/contact-report", "/support", "/support/customers/bob-sub" }) {
            mvc.perform(asAlice(get(page))).andExpect(status().isForbidden());
        }
        mvc.perform(postAsAlice(post("/admin/incidents")).param("titleFr", "x")).andExpect(status().isForbidden());
        mvc.perform(postAsAlice(post("/support/customers/bob-sub/contacts"))).andExpect(status().isForbidden());
        assertThat(api.received().stream().map(request -> request.path()))
                .as("nothing but alice's own home reads reached the API")
                .allMatch(path -> List.of("/api/v1/profile/me", "/api/v1/orders", "/api/v1/notifications",
                        "/api/v1/incidents/mine").contains(path));
    }

    @Test
    void anAdminSeesTheAdminConsoleButNotSupports() throws Exception {
        api.on("GET", "/api/v1/incidents", 200, "{\"incidents\":[],\"next\":null}");

        mvc.perform(asAda(get("/admin"))).andExpect(redirectedUrl("/admin/incidents"));
        mvc.perform(asAda(get("/admin/incidents")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/admin\""), not(containsString("href=\"/support\"")))));
        mvc.perform(asAda(get("/support"))).andExpect(status().isForbidden());
    }

    @Test
    void aSupportAgentSeesTheSupportConsoleButNotTheAdminOne() throws Exception {
        mvc.perform(asSam(get("/support")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/support\""), not(containsString("href=\"/admin\"")))));
        mvc.perform(asSam(get("/admin/topics"))).andExpect(status().isForbidden());
    }
}
