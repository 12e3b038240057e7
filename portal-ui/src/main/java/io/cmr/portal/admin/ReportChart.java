package io.cmr.portal.admin;

import java.util.ArrayList;
import java.util.List;

import io.cmr.portal.api.admin.WeeklyReport;

/**
 * A horizontal bar chart of one week's contacts per group against the week before, in SVG
 * coordinates the template writes as attributes (the Content Security Policy refuses inline styles).
 */
record ReportChart(int width, int height, List<Bar> bars) {

    static final int BAR_AREA = 600;
    static final int ROW = 44;

    /**
     * @param y top of the row; the week's bar is {@code y}, the previous week's {@code y + 16}
     */
    record Bar(WeeklyReport.Row row, int y, int width, int previousWidth) {
    }

    static ReportChart of(WeeklyReport.Week week) {
        long most = Math.max(1, week.rows().stream().mapToLong(row -> Math.max(row.count(), row.previousWeek())).max()
                .orElse(1));
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (WeeklyReport.Row row : week.rows()) {
            bars.add(new Bar(row, y, scaled(row.count(), most), scaled(row.previousWeek(), most)));
            y += ROW;
        }
        return new ReportChart(BAR_AREA + 120, Math.max(ROW, y), bars);
    }

    private static int scaled(long value, long most) {
        return value == 0 ? 0 : (int) Math.max(2, Math.round(value * (double) BAR_AREA / most));
    }
}
