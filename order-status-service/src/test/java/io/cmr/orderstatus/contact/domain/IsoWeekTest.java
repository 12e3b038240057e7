package io.cmr.orderstatus.contact.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoWeekTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void theLastDaysOfDecemberCanBelongToWeekOneOfTheNextYear() {
        assertThat(IsoWeek.containing(LocalDate.of(2025, 12, 29))).hasToString("2026-W01");
        assertThat(IsoWeek.containing(LocalDate.of(2025, 12, 28))).hasToString("2025-W52");
    }

    @Test
    void theFirstDaysOfJanuaryCanBelongToTheLastWeekOfThePreviousYear() {
        assertThat(IsoWeek.containing(LocalDate.of(2027, 1, 1))).hasToString("2026-W53");
        assertThat(IsoWeek.containing(LocalDate.of(2027, 1, 3))).hasToString("2026-W53");
        assertThat(IsoWeek.containing(LocalDate.of(2027, 1, 4))).hasToString("2027-W01");
    }

    @Test
    void theSameInstantIsInTheWeekItsTimezoneShows() {
        // Sunday 23:30 in UTC is already Monday in Paris.
        Instant sundayNight = Instant.parse("2026-11-29T23:30:00Z");
        assertThat(IsoWeek.of(sundayNight, UTC)).hasToString("2026-W48");
        assertThat(IsoWeek.of(sundayNight, PARIS)).hasToString("2026-W49");
        // Across the year end: Monday 4 January comes first in Auckland, last in Los Angeles.
        assertThat(IsoWeek.of(Instant.parse("2026-12-31T23:30:00Z"), ZoneId.of("Pacific/Auckland")))
                .hasToString("2026-W53");
        assertThat(IsoWeek.of(Instant.parse("2027-01-03T23:30:00Z"), ZoneId.of("Pacific/Auckland")))
                .hasToString("2027-W01");
        assertThat(IsoWeek.of(Instant.parse("2027-01-04T03:00:00Z"), ZoneId.of("America/Los_Angeles")))
                .hasToString("2026-W53");
    }

    @Test
    void weeksStartOnMondayAtMidnightInTheirTimezone() {
        IsoWeek week = IsoWeek.parse("2026-W01");
        assertThat(week.monday()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(week.start(PARIS)).isEqualTo(Instant.parse("2025-12-28T23:00:00Z"));
    }

    @Test
    void weeksCountAcrossYearEnds() {
        IsoWeek last2026 = IsoWeek.parse("2026-W53");
        assertThat(last2026.plus(1)).hasToString("2027-W01");
        assertThat(IsoWeek.parse("2027-W01").plus(-1)).isEqualTo(last2026);
        assertThat(IsoWeek.parse("2025-W50").weeksUntil(IsoWeek.parse("2026-W02"))).isEqualTo(4);
        assertThat(IsoWeek.parse("2026-W02").compareTo(IsoWeek.parse("2025-W52"))).isPositive();
    }

    @Test
    void aWeekIsWrittenAsAWeekOrAnyDateInIt() {
        assertThat(IsoWeek.parse("2026-02-01")).hasToString("2026-W05");
        assertThat(IsoWeek.parse("2026-W05")).isEqualTo(new IsoWeek(2026, 5));
        assertThatThrownBy(() -> IsoWeek.parse("2025-W53")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IsoWeek.parse("last week")).isInstanceOf(IllegalArgumentException.class);
    }
}
