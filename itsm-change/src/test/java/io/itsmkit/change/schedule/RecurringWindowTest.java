package io.itsmkit.change.schedule;

import static io.itsmkit.change.schedule.WindowTest.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecurringWindowTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private static Window range(String from, String to) {
        return new Window(Instant.parse(from), Instant.parse(to));
    }

    @Test
    void weeklyOnSundayNightsInRome() {
        RecurringWindow sunday =
                new RecurringWindow(Recurrence.weekly(DayOfWeek.SUNDAY), LocalTime.of(2, 0), Duration.ofHours(4), ROME);
        // March 2026: Sundays 1, 8, 15, 22, 29; the clocks go forward on the 29th at 02:00
        assertEquals(
                List.of(
                        range("2026-03-01T01:00:00Z", "2026-03-01T05:00:00Z"),
                        range("2026-03-08T01:00:00Z", "2026-03-08T05:00:00Z"),
                        range("2026-03-15T01:00:00Z", "2026-03-15T05:00:00Z"),
                        range("2026-03-22T01:00:00Z", "2026-03-22T05:00:00Z"),
                        // 02:00 does not exist: shifted to 03:00 CEST; 06:00 CEST is 04:00Z
                        range("2026-03-29T01:00:00Z", "2026-03-29T04:00:00Z")),
                sunday.occurrencesOverlapping(range("2026-03-01T00:00:00Z", "2026-04-01T00:00:00Z")));
    }

    @Test
    void anOccurrenceStartingBeforeTheRangeCountsWhole() {
        RecurringWindow freeze = new RecurringWindow(
                Recurrence.yearly(MonthDay.of(12, 15)), LocalTime.MIDNIGHT, Duration.ofDays(21), ZoneId.of("UTC"));
        assertEquals(
                List.of(range("2026-12-15T00:00:00Z", "2027-01-05T00:00:00Z")),
                freeze.occurrencesOverlapping(range("2027-01-04T00:00:00Z", "2027-01-06T00:00:00Z")));
        assertEquals(List.of(), freeze.occurrencesOverlapping(range("2027-01-05T00:00:00Z", "2027-01-06T00:00:00Z")));
    }

    @Test
    void monthlySkipsMonthsWithoutTheDayAndYearlyFebruary29FallsInLeapYears() {
        RecurringWindow on31 =
                new RecurringWindow(Recurrence.monthly(31), LocalTime.of(22, 0), Duration.ofHours(1), ZoneId.of("UTC"));
        assertEquals(
                List.of(
                        range("2026-03-31T22:00:00Z", "2026-03-31T23:00:00Z"),
                        range("2026-05-31T22:00:00Z", "2026-05-31T23:00:00Z")),
                on31.occurrencesOverlapping(range("2026-03-01T00:00:00Z", "2026-06-01T00:00:00Z")));
        RecurringWindow leap = new RecurringWindow(
                Recurrence.yearly(MonthDay.of(2, 29)), LocalTime.NOON, Duration.ofHours(1), ZoneId.of("UTC"));
        assertEquals(
                List.of(range("2028-02-29T12:00:00Z", "2028-02-29T13:00:00Z")),
                leap.occurrencesOverlapping(range("2025-01-01T00:00:00Z", "2030-01-01T00:00:00Z")));
    }

    @Test
    void anOccurrenceTheClocksMakeEmptyIsSkipped() {
        // 02:00-03:00 on the night the clocks jump from 02:00 to 03:00 is no time at all
        RecurringWindow gap =
                new RecurringWindow(Recurrence.weekly(DayOfWeek.SUNDAY), LocalTime.of(2, 0), Duration.ofHours(1), ROME);
        assertEquals(List.of(), gap.occurrencesOverlapping(range("2026-03-28T12:00:00Z", "2026-03-30T00:00:00Z")));
        // and on the night they go back, 02:00-03:00 wall time lasts two hours
        assertEquals(
                List.of(range("2026-10-25T00:00:00Z", "2026-10-25T02:00:00Z")),
                gap.occurrencesOverlapping(range("2026-10-24T12:00:00Z", "2026-10-26T00:00:00Z")));
    }

    @Test
    void recurrences() {
        Recurrence weekdays = Recurrence.weekly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, DayOfWeek.MONDAY);
        assertEquals(new Recurrence.Weekly(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)), weekdays);
        assertTrue(weekdays.occursOn(LocalDate.of(2026, 3, 2)));
        assertFalse(weekdays.occursOn(LocalDate.of(2026, 3, 3)));
        assertTrue(Recurrence.monthly(1).occursOn(LocalDate.of(2026, 3, 1)));
        assertFalse(Recurrence.monthly(1).occursOn(LocalDate.of(2026, 3, 2)));
        assertTrue(Recurrence.yearly(MonthDay.of(3, 2)).occursOn(LocalDate.of(2026, 3, 2)));
        assertFalse(Recurrence.yearly(MonthDay.of(3, 2)).occursOn(LocalDate.of(2026, 3, 3)));
    }

    @Test
    void badInput() {
        assertEquals("day-of-month", rule(() -> Recurrence.monthly(0)).rule());
        assertEquals("day-of-month", rule(() -> Recurrence.monthly(32)).rule());
        assertEquals(
                "recurrence.dayOfMonth",
                rule(() -> Recurrence.monthly(Integer.MIN_VALUE)).path());
        assertEquals("recurrence.day", rule(() -> Recurrence.yearly(null)).path());
        assertEquals("recurrence.days[0]", rule(() -> Recurrence.weekly(null)).path());
        assertEquals(
                "recurrence.days[1]",
                rule(() -> Recurrence.weekly(DayOfWeek.MONDAY, (DayOfWeek) null))
                        .path());
        assertEquals("not-empty", rule(() -> new Recurrence.Weekly(Set.of())).rule());
        assertEquals("date", rule(() -> Recurrence.monthly(1).occursOn(null)).path());
        assertEquals(
                "date",
                rule(() -> Recurrence.yearly(MonthDay.of(1, 1)).occursOn(null)).path());
        assertEquals(
                "date",
                rule(() -> Recurrence.weekly(DayOfWeek.MONDAY).occursOn(null)).path());
        Recurrence r = Recurrence.monthly(1);
        assertEquals(
                "at-most-a-year",
                rule(() -> new RecurringWindow(r, LocalTime.NOON, Duration.ofDays(367), ROME))
                        .rule());
        assertEquals(
                RecurringWindow.MAX_LENGTH,
                new RecurringWindow(r, LocalTime.NOON, RecurringWindow.MAX_LENGTH, ROME).length());
        assertEquals(
                "positive",
                rule(() -> new RecurringWindow(r, LocalTime.NOON, Duration.ZERO, ROME))
                        .rule());
        assertEquals(
                "recurringWindow.length",
                rule(() -> new RecurringWindow(r, LocalTime.NOON, Duration.ofSeconds(Long.MAX_VALUE), ROME))
                        .path());
        assertEquals(
                "recurringWindow.zone",
                rule(() -> new RecurringWindow(r, LocalTime.NOON, Duration.ofHours(1), null))
                        .path());
        assertEquals(
                "recurringWindow.start",
                rule(() -> new RecurringWindow(r, null, Duration.ofHours(1), ROME))
                        .path());
        assertEquals(
                "recurringWindow.recurrence",
                rule(() -> new RecurringWindow(null, LocalTime.NOON, Duration.ofHours(1), ROME))
                        .path());
        RecurringWindow ok = new RecurringWindow(r, LocalTime.NOON, Duration.ofHours(1), ROME);
        assertEquals(
                "within-horizon",
                rule(() -> ok.occurrencesOverlapping(new Window(Instant.MIN, Instant.MAX)))
                        .rule());
        assertEquals(
                "within-horizon",
                rule(() -> ok.occurrencesOverlapping(range("2149-12-31T00:00:00Z", "2150-01-01T00:00:01Z")))
                        .rule());
        assertEquals(
                "within-horizon",
                rule(() -> ok.occurrencesOverlapping(range("1899-12-31T23:59:59Z", "1900-01-02T00:00:00Z")))
                        .rule());
        assertEquals(
                1,
                ok.occurrencesOverlapping(range("1900-01-01T00:00:00Z", "1900-01-02T00:00:00Z"))
                        .size());
        assertEquals("range", rule(() -> ok.occurrencesOverlapping(null)).path());
    }
}
