package io.cmr.portal.admin;

import java.util.List;

import io.cmr.portal.api.admin.AdminApi;
import io.cmr.portal.api.admin.WeeklyReport;
import io.cmr.portal.web.Panel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The weekly contact report: the latest week's groups as a bar chart drawn on the server (SVG, no
 * script) and as a table, the biggest movers first with the orders, carriers and incidents they
 * concentrate on; earlier weeks' totals below.
 */
@Controller
class ContactReportController {

    static final List<String> GROUPS = List.of("reason", "category", "channel");

    private final AdminApi api;

    ContactReportController(AdminApi api) {
        this.api = api;
    }

    @GetMapping("/admin/contact-report")
    String report(@RequestParam(required = false) String groupBy, Model model) {
        String group = groupBy != null && GROUPS.contains(groupBy) ? groupBy : "reason";
        Panel<WeeklyReport> report = Panel.load(() -> api.weeklyReport(null, null, group));
        model.addAttribute("groupBy", group);
        model.addAttribute("groups", GROUPS);
        model.addAttribute("report", report);
        if (report.available() && !report.content().weeks().isEmpty()) {
            WeeklyReport.Week latest = report.content().weeks().get(0);
            model.addAttribute("latest", latest);
            model.addAttribute("chart", ReportChart.of(latest));
        }
        return "admin/contact-report";
    }
}
