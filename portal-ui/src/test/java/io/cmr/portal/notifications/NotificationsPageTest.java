package io.cmr.portal.notifications;

import io.cmr.portal.SignedInPageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class NotificationsPageTest extends SignedInPageTest {

    static final String INBOX = "/api/v1/notifications";

    static String notice(String id, String subject, String readAt, String links) {
        return """
                {"id":"%s","topicId":"delivery-updates","kind":"DELAY_LATE","orderIds":["ord-late"],"subject":"%s",
                 "text":"The carrier now expects it on Thursday.","links":%s,"createdAt":"2025-03-05T09:30:00Z","readAt":%s}"""
                .formatted(id, subject, links, readAt == null ? "null" : "\"" + readAt + "\"");
    }

    static String inbox(long unread, String next, String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"unread\":" + unread + ",\"next\":"
                + (next == null ? "null" : "\"" + next + "\"") + "}";
    }

    static final String LINKS = """
            {"order":"https://cmr.example/orders/ord-late","deliveryInstructions":"https://cmr.example/orders/ord-late/delivery-instructions",
             "preferences":"https://cmr.example/preferences?topic=delivery-updates&channel=IN_APP","unknown":"https://cmr.example/x"}""";

    @Test
    void theInboxShowsTheNoticesTheirLinksAndTheUnreadCount() throws Exception {
        aliceSpeaks("en");
        api.on("GET", INBOX, 200, inbox(1, "c-2", notice("n-2", "Your order ord-late is late", null, LINKS),
                notice("n-1", "Your order has shipped", "2025-03-04T08:00:00Z", "{}")));

        mvc.perform(asAlice(get("/notifications")))
                .andExpect(status().isOk())
                .andExpect(view().name("notifications"))
                .andExpect(model().attribute("unreadNotices", 1L))
                .andExpect(content().string(allOf(containsString("<title>My notifications – CMR</title>"),
                        containsString("You have 1 unread notification."),
                        containsString("Your order ord-late is late"), containsString("The carrier now expects it on Thursday."),
                        containsString("Mar 5, 2025, 10:30"), containsString("Read on Mar 4, 2025, 9:00"),
                        containsString("href=\"/orders/ord-late\">See the order</a>"),
                        containsString("href=\"/orders/ord-late/delivery-instructions\">Give delivery instructions</a>"),
                        containsString("href=\"/preferences?topic=delivery-updates&amp;channel=IN_APP\""),
                        not(containsString("cmr.example")),
                        containsString("action=\"/notifications/n-2/read\""), containsString("hx-post=\"/notifications/n-2/read\""),
                        not(containsString("action=\"/notifications/n-1/read\"")),
                        containsString("href=\"/notifications?cursor=c-2\""),
                        containsString(">, 1 unread</span>"))));

        assertThat(api.received("GET", INBOX)).hasSize(1).first()
                .satisfies(request -> assertThat(request.query()).isEqualTo("limit=20"));
    }

    @Test
    void onlyWebLinksOfThePortalAreShown() throws Exception {
        aliceSpeaks("en");
        api.on("GET", INBOX, 200, inbox(1, null, notice("n-3", "Odd", null,
                "{\"order\":\"javascript:alert(1)\",\"reportProblem\":\"//evil.example/x\"}")));

        mvc.perform(asAlice(get("/notifications")))
                .andExpect(content().string(allOf(not(containsString("javascript:")), not(containsString("evil.example")),
                        not(containsString("See the order")))));
    }

    @Test
    void theInboxIsInFrench() throws Exception {
        aliceSpeaks("fr");
        api.on("GET", INBOX, 200, inbox(2, null, notice("n-2", "Votre commande est en retard", null, LINKS)));

        mvc.perform(asAlice(get("/notifications")))
                .andExpect(content().string(allOf(containsString("Mes notifications"),
                        containsString("Vous avez 2 notifications non lues."), containsString("Marquer comme lu"),
                        containsString("Voir la commande"), containsString(", 2 non lues"))));
    }

    @Test
    void markingAsReadPostsToTheApiAndComesBackToThePage() throws Exception {
        aliceSpeaks("en");
        api.on("POST", INBOX + "/n-2/read", 200, notice("n-2", "Late", "2025-03-05T10:00:00Z", "{}"));

        mvc.perform(postAsAlice(post("/notifications/n-2/read")).param("cursor", "c-2"))
                .andExpect(redirectedUrl("/notifications?cursor=c-2"))
                .andExpect(flash().attribute("notice", "notifications.markedRead"));

        assertThat(api.received("POST", INBOX + "/n-2/read")).hasSize(1);
    }

    @Test
    void withHtmxOnlyTheNoticeAndTheHeadersCountChange() throws Exception {
        aliceSpeaks("en");
        api.on("POST", INBOX + "/n-2/read", 200, notice("n-2", "Your order is late", "2025-03-05T10:00:00Z", LINKS));
        api.on("GET", INBOX, 200, inbox(4, null));

        mvc.perform(postAsAlice(post("/notifications/n-2/read")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("notifications :: read"))
                .andExpect(content().string(allOf(containsString("id=\"notice-n-2\""), containsString("Read on Mar 5, 2025, 11:00"),
                        not(containsString("Mark as read")), not(containsString("<html")),
                        containsString("id=\"unread-badge\""), containsString("hx-swap-oob=\"true\""),
                        containsString(", 4 unread"))));
    }

    @Test
    void markingAsReadNeedsTheCsrfToken() throws Exception {
        mvc.perform(asAlice(post("/notifications/n-2/read"))).andExpect(status().isForbidden());

        assertThat(api.received("POST", INBOX + "/n-2/read")).isEmpty();
    }

    @Test
    void someoneElsesNoticeIsNotFound() throws Exception {
        aliceSpeaks("en");
        api.on("POST", INBOX + "/n-9/read", 404, "{\"status\":404,\"detail\":\"No notification n-9.\"}");

        mvc.perform(postAsAlice(post("/notifications/n-9/read"))).andExpect(status().isNotFound());
    }

    @Test
    void whenTheServiceIsDownTheInboxSaysSoAndMarkingChangesNothing() throws Exception {
        aliceSpeaks("en");
        api.on("GET", INBOX, 503, "{}");
        api.on("POST", INBOX + "/n-2/read", 503, "{}");

        mvc.perform(asAlice(get("/notifications")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Your notifications can&#39;t be shown right now"),
                        not(containsString(" unread</span>")))));
        mvc.perform(postAsAlice(post("/notifications/n-2/read")))
                .andExpect(redirectedUrl("/notifications"))
                .andExpect(flash().attribute("failure", "notifications.notMarked"));
        mvc.perform(postAsAlice(post("/notifications/n-2/read")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Retarget", "#inbox-status"))
                .andExpect(content().string(containsString("could not be marked as read")));
    }

    @Test
    void everySignedInPageShowsTheUnreadCountInItsHeader() throws Exception {
        aliceSpeaks("en");
        api.on("GET", "/api/v1/orders", 200, "{\"orders\":[],\"next\":null}");
        api.on("GET", INBOX, 200, inbox(3, null));

        mvc.perform(asAlice(get("/orders")))
                .andExpect(model().attribute("unreadNotices", 3L))
                .andExpect(content().string(allOf(containsString("href=\"/notifications\""),
                        containsString("<span class=\"count\" aria-hidden=\"true\">3</span>"),
                        containsString(">, 3 unread</span>"))));
        mvc.perform(asAlice(get("/orders")));

        assertThat(api.received("GET", INBOX)).as("kept in the session for a while").hasSize(1);
        assertThat(api.received("GET", INBOX).get(0).query()).isEqualTo("limit=1");
    }

    @Test
    void whenTheCountCannotBeHadThePageShowsWithoutIt() throws Exception {
        aliceSpeaks("en");
        api.on("GET", "/api/v1/orders", 200, "{\"orders\":[],\"next\":null}");
        api.on("GET", INBOX, 503, "{}");

        mvc.perform(asAlice(get("/orders")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("My orders"), containsString("href=\"/notifications\""),
                        not(containsString("class=\"count\"")))));
    }

    @Test
    void aNoticesLinksToTheOrdersFormsLandOnTheOrderPage() throws Exception {
        mvc.perform(asAlice(get("/orders/ord-late/delivery-instructions")))
                .andExpect(redirectedUrl("/orders/ord-late#instructions"));
        mvc.perform(asAlice(get("/orders/ord-late/problems/new")))
                .andExpect(redirectedUrl("/orders/ord-late#problem"));
    }
}
