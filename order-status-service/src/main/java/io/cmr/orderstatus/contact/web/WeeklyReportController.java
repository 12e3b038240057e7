package io.cmr.orderstatus.contact.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.cmr.orderstatus.contact.WeeklyReport;
import io.cmr.orderstatus.contact.WeeklyReports;
import io.cmr.orderstatus.contact.domain.IsoWeek;
import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contact reports", description = "Weekly trends of contact reasons")
class WeeklyReportController {

    private static final String PROBLEM = "application/problem+json";
    static final int MAX_WEEKS = 104;

    private final WeeklyReports reports;

    WeeklyReportController(WeeklyReports reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/api/v1/admin/contact-reports/weekly", produces = "application/json")
    @Operation(summary = "Weekly contact report (role admin)",
            description = "Per ISO week (newest first) and group: count, change against the previous week and the "
                    + "4-week average, contacts per 1,000 orders shipped, repeat rate, self-service share, and for "
                    + "avoidable-by-information reasons the shares that came despite a notice and with none. The "
                    + "biggest movers first, with the orders, carriers and incidents they concentrate on. Also as "
                    + "CSV with Accept: text/csv.")
    @ApiResponse(responseCode = "200", description = "The report",
            content = { @Content(mediaType = "application/json", schema = @Schema(implementation = WeeklyReport.class)),
                    @Content(mediaType = "text/csv") })
    @ApiResponse(responseCode = "400", description = "A malformed week, from after to, a range over 104 weeks, an unknown groupBy",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    WeeklyReport weekly(
            @Parameter(description = "First week, as 2026-W40 or a date in it", example = "2026-W40") @RequestParam(required = false) String from,
            @Parameter(description = "Last week, as 2026-W48 or a date in it", example = "2026-W48") @RequestParam(required = false) String to,
            @Parameter(description = "reason, category or channel", example = "reason")
            @RequestParam(defaultValue = "reason") String groupBy) {
        return report(from, to, groupBy);
    }

    @GetMapping(path = "/api/v1/admin/contact-reports/weekly", produces = "text/csv")
    String weeklyCsv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "reason") String groupBy) {
        WeeklyReport report = report(from, to, groupBy);
        StringBuilder csv = new StringBuilder("week,group,name_en,count,previous_week,change_vs_previous_week,"
                + "four_week_average,change_vs_four_week_average,orders_shipped,per_1000_shipped,repeat_rate,"
                + "self_service_share,despite_notice_share,no_notice_share,top_orders,top_carriers,top_incidents\r\n");
        for (WeeklyReport.Week week : report.weeks()) {
            for (WeeklyReport.Row row : week.rows()) {
                csv.append(String.join(",", week.week(), cell(row.key()), cell(row.name() == null ? "" : row.name().en()),
                        Long.toString(row.count()), Long.toString(row.previousWeek()),
                        Long.toString(row.changeVsPreviousWeek()), number(row.fourWeekAverage()),
                        number(row.changeVsFourWeekAverage()), Long.toString(week.ordersShipped()),
                        number(row.per1000Shipped()), number(row.repeatRate()), number(row.selfServiceShare()),
                        number(row.despiteNoticeShare()), number(row.noNoticeShare()),
                        cell(shares(row.concentration().orders())), cell(shares(row.concentration().carriers())),
                        cell(shares(row.concentration().incidents())))).append("\r\n");
            }
        }
        return csv.toString();
    }

    private WeeklyReport report(String from, String to, String groupBy) {
        List<FieldProblem> problems = new ArrayList<>();
        IsoWeek first = week(from, "from", problems);
        IsoWeek last = week(to, "to", problems);
        WeeklyReports.GroupBy group = null;
        try {
            group = WeeklyReports.GroupBy.valueOf(groupBy.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            problems.add(new FieldProblem("groupBy", "must be reason, category or channel"));
        }
        if (first != null && last != null) {
            if (first.compareTo(last) > 0) {
                problems.add(new FieldProblem("from", "must not be after to"));
            }
            else if (first.weeksUntil(last) + 1 > MAX_WEEKS) {
                problems.add(new FieldProblem("to", "the range must not exceed " + MAX_WEEKS + " weeks"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(problems), null);
        }
        return reports.weekly(first, last, group);
    }

    private static IsoWeek week(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        try {
            return IsoWeek.parse(value);
        }
        catch (IllegalArgumentException ex) {
            problems.add(new FieldProblem(field, "must be a week (2026-W05) or a date (2026-02-01)"));
            return null;
        }
    }

    private static String shares(List<WeeklyReport.Share> shares) {
        return shares.stream().map(s -> s.id() + ":" + s.contacts()).collect(Collectors.joining(" "));
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** Quoted when it holds a comma, a quote or a line break. */
    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
