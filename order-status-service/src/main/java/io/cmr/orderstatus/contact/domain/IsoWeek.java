package io.cmr.orderstatus.contact.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week ({@code 2026-W48}): weeks start on Monday and belong to the year of their
 * Thursday, so 29 December 2025 is in {@code 2026-W01}. Computed here, once per contact, because
 * the embedded store has no {@code $dateTrunc}.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException("no week " + week + " in " + year);
        }
    }

    /** The week {@code at} falls in, as the clocks of {@code zone} show it. */
    public static IsoWeek of(Instant at, ZoneId zone) {
        return containing(at.atZone(zone).toLocalDate());
    }

    public static IsoWeek containing(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * @param text a week ({@code 2026-W05}) or a date ({@code 2026-02-01}, meaning its week)
     * @throws IllegalArgumentException when it is neither
     */
    public static IsoWeek parse(String text) {
        Matcher matcher = WEEK.matcher(text.strip());
        if (matcher.matches()) {
            return new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        }
        try {
            return containing(LocalDate.parse(text.strip()));
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("not a week (2026-W05) or a date (2026-02-01): " + text);
        }
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /** When the week starts in {@code zone}. */
    public Instant start(ZoneId zone) {
        return monday().atStartOfDay(zone).toInstant();
    }

    public IsoWeek plus(long weeks) {
        return containing(monday().plusWeeks(weeks));
    }

    /** Weeks from this one to {@code other}: 0 for the same week, negative when {@code other} is earlier. */
    public long weeksUntil(IsoWeek other) {
        return ChronoUnit.WEEKS.between(monday(), other.monday());
    }

    @Override
    public int compareTo(IsoWeek other) {
        return monday().compareTo(other.monday());
    }

    @Override
    public String toString() {
        return "%04d-W%02d".formatted(year, week);
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
