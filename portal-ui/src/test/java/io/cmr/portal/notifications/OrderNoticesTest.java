package io.cmr.portal.notifications;

import io.cmr.portal.SignedInPageTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Why did I (not) get this?" on each order's page. */
class OrderNoticesTest extends SignedInPageTest {

    static final String ORDER = """
            {"orderId":"ord-late","placedAt":"2025-03-01T10:00:00Z","lines":[],"status":"IN_TRANSIT","eta":"2025-03-06T15:00:00Z",
             "punctuality":{"level":"LATE","reason":"ETA_AFTER_WINDOW","detail":null},"shipments":[]}""";

    static final String NOTICES = """
            [{"noticeKey":"order:ord-late:late","topicId":"delivery-updates","kind":"DELAY_LATE","incidentId":null,
              "occurredAt":"2025-03-05T09:00:00Z","state":"PLANNED","channels":[
               {"channel":"EMAIL","outcome":"SENT","sentAt":"2025-03-05T09:01:00Z","contactPointId":"cp-1","sentTo":"alice@example.com",
                "until":null,"rule":null,"reason":null,"channelAnswer":null,"attempts":1,"preferenceVersion":3},
               {"channel":"IN_APP","outcome":"SENT","sentAt":"2025-03-05T09:01:00Z","sentTo":"alice-sub","attempts":1},
               {"channel":"SMS","outcome":"DELAYED","until":"2025-03-05T07:00:00Z","rule":"QUIET_HOURS","attempts":0}]},
             {"noticeKey":"order:ord-late:shipped","topicId":"order-updates","kind":"SHIPPED","occurredAt":"2025-03-02T08:00:00Z",
              "state":"PLANNED","channels":[
               {"channel":"SMS","outcome":"SUPPRESSED","reason":"OPTED_OUT","attempts":0},
               {"channel":"EMAIL","outcome":"FAILED","until":"2025-03-02T08:10:00Z","channelAnswer":"421 try later","attempts":1},
               {"channel":"PUSH","outcome":"SUPPRESSED","reason":"CHANNEL_NOT_OFFERED","attempts":0}]},
             {"noticeKey":"incident:inc-1:declared","topicId":"service-incidents","kind":"INCIDENT_DECLARED","incidentId":"inc-1",
              "occurredAt":"2025-03-01T12:00:00Z","state":"PENDING","channels":[]}]""";

    @Test
    void eachNoticeSaysWhereItWentOrWhyNotInPlainWords() throws Exception {
        aliceSpeaks("en");
        api.on("GET", "/api/v1/orders/ord-late", 200, ORDER);
        api.on("GET", "/api/v1/orders/ord-late/notices", 200, NOTICES);

        mvc.perform(asAlice(get("/orders/ord-late")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("notices", notNullValue()))
                .andExpect(content().string(allOf(containsString("Messages about this order"),
                        containsString("Your order is late"), containsString("About: Delivery updates"),
                        containsString("By e-mail:"), containsString("sent on Mar 5, 2025, 10:01"), containsString(" to alice@example.com."),
                        containsString("In your notifications here:"), not(containsString("to alice-sub")),
                        containsString("held back by your quiet hours; it goes on Mar 5, 2025, 8:00"),
                        containsString("Your order has been shipped"),
                        containsString("not sent, because you turned this way off for this topic in your contact preferences."),
                        containsString("sending did not work; we will try again on Mar 2, 2025, 9:10"),
                        containsString("not sent, because we do not send messages this way yet."),
                        containsString("A service incident affects your order"),
                        containsString("Being prepared: we are checking how you want to hear from us."))));
    }

    @Test
    void theWhyIsInFrenchToo() throws Exception {
        aliceSpeaks("fr");
        api.on("GET", "/api/v1/orders/ord-late", 200, ORDER);
        api.on("GET", "/api/v1/orders/ord-late/notices", 200, NOTICES);

        mvc.perform(asAlice(get("/orders/ord-late")))
                .andExpect(content().string(allOf(containsString("Messages sur cette commande"),
                        containsString("Votre commande est en retard"), containsString("Sujet : Suivi de livraison"),
                        containsString("envoyé le 5 mars 2025 10:01 à alice@example.com."),
                        containsString("retenu par vos heures de tranquillité ; il partira le 5 mars 2025 08:00"),
                        containsString("non envoyé, car vous avez désactivé ce moyen pour ce sujet"),
                        containsString("l&#39;envoi n&#39;a pas abouti ; nous réessaierons le 2 mars 2025 09:10"))));
    }

    @Test
    void anOrderWithoutNoticesSaysSo() throws Exception {
        aliceSpeaks("en");
        api.on("GET", "/api/v1/orders/ord-late", 200, ORDER);
        api.on("GET", "/api/v1/orders/ord-late/notices", 200, "[]");

        mvc.perform(asAlice(get("/orders/ord-late")))
                .andExpect(content().string(containsString("We have not sent you any message about this order.")));
    }

    @Test
    void whenTheNoticesCannotBeReadTheOrderStillShows() throws Exception {
        aliceSpeaks("en");
        api.on("GET", "/api/v1/orders/ord-late", 200, ORDER);
        api.on("GET", "/api/v1/orders/ord-late/notices", 503, "{}");

        mvc.perform(asAlice(get("/orders/ord-late")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The carrier now expects to deliver after the date we promised."),
                        containsString("The messages about this order can&#39;t be shown right now."))));
    }
}
