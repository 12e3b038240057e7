package io.cmr.portal.admin;

import io.cmr.portal.ConsolePageTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class ContactReportPageTest extends ConsolePageTest {

    static final String REPORT = "/api/v1/admin/contact-reports/weekly";
    static final String WEEKS = """
            {"from":"2026-W45","to":"2026-W48","groupBy":"reason","timezone":"Europe/Paris","eliminated":[],
             "weeks":[{"week":"2026-W48","monday":"2026-11-23","ordersShipped":1200,"contacts":40,"contactsPer1000Shipped":33.3,
               "rows":[{"key":"WHERE_IS_MY_ORDER","name":{"fr":"Où est ma commande ?","en":"Where is my order?"},"count":30,
                        "previousWeek":10,"changeVsPreviousWeek":20,"fourWeekAverage":12.5,"changeVsFourWeekAverage":17.5,
                        "per1000Shipped":25.0,"repeatRate":0.1,"selfServiceShare":0.0,"despiteNoticeShare":0.5,"noNoticeShare":0.5,
                        "concentration":{"orders":[{"id":"A-1","contacts":2}],"carriers":[{"id":"colissimo","contacts":24}],
                                         "incidents":[{"id":"inc-lyon1","contacts":18}]}},
                       {"key":"DAMAGED","name":{"fr":"Colis abîmé","en":"Damaged parcel"},"count":10,"previousWeek":12,
                        "changeVsPreviousWeek":-2,"fourWeekAverage":11.0,"changeVsFourWeekAverage":-1.0,"per1000Shipped":8.3,
                        "repeatRate":0.0,"selfServiceShare":0.2,"despiteNoticeShare":null,"noNoticeShare":null,
                        "concentration":{"orders":[],"carriers":[],"incidents":[]}}]},
              {"week":"2026-W47","monday":"2026-11-16","ordersShipped":1000,"contacts":22,"contactsPer1000Shipped":22.0,"rows":[]}]}""";

    @Test
    void theWeeksBiggestMoversComeFirstAsAChartAndATableWithWhatConcentratesThem() throws Exception {
        api.on("GET", REPORT, 200, WEEKS);

        mvc.perform(asAda(get("/admin/contact-report")))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/contact-report"))
                .andExpect(content().string(allOf(containsString("Week 2026-W48: 40 contacts, 1,200 orders shipped."),
                        containsString("<svg class=\"chart\" role=\"img\""), containsString("viewBox=\"0 0 720 88\""),
                        containsString("width=\"600\""), containsString("width=\"200\""),
                        containsString("<th scope=\"row\">Where is my order?</th>"), containsString("+20"),
                        containsString("colissimo (24)"), containsString("inc-lyon1 (18)"), containsString("50%"),
                        containsString("2026-W47"))));
        assertThat(api.received("GET", REPORT).get(0).query()).isEqualTo("groupBy=reason");
    }

    @Test
    void groupedByChannelTheRowsAreNamedInThePagesLanguage() throws Exception {
        api.on("GET", REPORT, 200, WEEKS.replace("\"name\":{\"fr\":\"Où est ma commande ?\",\"en\":\"Where is my order?\"}",
                "\"name\":null").replace("WHERE_IS_MY_ORDER", "PHONE"));

        mvc.perform(asAda(get("/admin/contact-report")).param("groupBy", "channel").param("lang", "fr"))
                .andExpect(content().string(allOf(containsString("<th scope=\"row\">Téléphone</th>"),
                        containsString("<option value=\"channel\" selected=\"selected\">Canal</option>"))));
        assertThat(api.received("GET", REPORT).get(0).query()).isEqualTo("groupBy=channel");
    }

    @Test
    void anUnknownGroupingFallsBackToReasonsAndADownServiceIsSaidPlainly() throws Exception {
        api.on("GET", REPORT, 503, "{}");

        mvc.perform(asAda(get("/admin/contact-report")).param("groupBy", "$where"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The report can&#39;t be shown right now")));
        assertThat(api.received("GET", REPORT).get(0).query()).isEqualTo("groupBy=reason");
    }
}
