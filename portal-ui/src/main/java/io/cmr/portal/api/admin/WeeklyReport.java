package io.cmr.portal.api.admin;

import java.time.LocalDate;
import java.util.List;

/**
 * The weekly contact report of order-status-service: per ISO week, newest first, one row per group
 * (reason, category or channel), the week's biggest movers against the previous week first.
 */
public record WeeklyReport(String from, String to, String groupBy, String timezone, List<Week> weeks) {

    public record Week(String week, LocalDate monday, long ordersShipped, long contacts, Double contactsPer1000Shipped,
            List<Row> rows) {
    }

    /** @param name null for channels */
    public record Row(String key, Name name, long count, long previousWeek, long changeVsPreviousWeek,
            double fourWeekAverage, double changeVsFourWeekAverage, Double per1000Shipped, double repeatRate,
            double selfServiceShare, Double despiteNoticeShare, Double noNoticeShare, Concentration concentration) {
    }

    public record Name(String fr, String en) {
    }

    /** The top three orders, carriers and incidents the group's contacts of the week concentrate on. */
    public record Concentration(List<Share> orders, List<Share> carriers, List<Share> incidents) {
    }

    public record Share(String id, long contacts) {
    }
}
