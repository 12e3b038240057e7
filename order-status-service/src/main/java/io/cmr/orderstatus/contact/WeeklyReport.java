package io.cmr.orderstatus.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The weekly contact report: per week, newest first, one row per group with the biggest movers
 * against the previous week first.
 */
public record WeeklyReport(
        @Schema(example = "2026-W40") String from,
        @Schema(example = "2026-W48") String to,
        @Schema(example = "reason") String groupBy,
        @Schema(example = "Europe/Paris") String timezone,
        List<Week> weeks,
        @Schema(description = "Reasons whose elimination is DONE: their weekly volume before and after")
        List<EliminationEffect> eliminated) {

    public record Week(
            @Schema(example = "2026-W48") String week,
            LocalDate monday,
            long ordersShipped,
            long contacts,
            @Schema(description = "Null when no order shipped that week") Double contactsPer1000Shipped,
            List<Row> rows) {
    }

    /**
     * @param despiteNoticeShare of the group's avoidable-by-information contacts, those that came although a
     *        notice had been sent; null when it has none
     * @param noNoticeShare of the same, those to whom no notice had been sent
     */
    public record Row(
            @Schema(example = "WHERE_IS_MY_ORDER") String key,
            @Schema(description = "Null for channels") Names name,
            long count,
            long previousWeek,
            long changeVsPreviousWeek,
            double fourWeekAverage,
            double changeVsFourWeekAverage,
            Double per1000Shipped,
            double repeatRate,
            double selfServiceShare,
            Double despiteNoticeShare,
            Double noNoticeShare,
            Concentration concentration) {
    }

    /**
     * What the week's contacts of a group concentrate on, the top three of each, from bounded summaries
     * (each week, reason and channel tracks its ten biggest of each): exact while a group has at most ten.
     */
    public record Concentration(List<Share> orders, List<Share> carriers, List<Share> incidents) {
    }

    /**
     * @param contacts the contacts counted for it, possibly including some of ids it displaced in the summary
     * @param atLeast the contacts that are certainly its own ({@code contacts} when exact)
     */
    public record Share(String id, long contacts, long atLeast) {
    }

    /**
     * @param weeklyBefore average weekly contacts in the four weeks before the week it was done
     * @param weeklyAfter average from the week it was done on (at most four weeks, not after the report's end)
     */
    public record EliminationEffect(String reasonCode, Instant doneAt, String doneWeek, double weeklyBefore,
            Double weeklyAfter, int weeksAfter) {
    }
}
