package io.itsmkit.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where the compiled structures meet: spans over many internal chunks, searches into the first and last
 * chunk of the horizon, working time that stops exactly where a chunk starts, business days on the first
 * and last of a year, and wall times at the edges of clock changes (java.time's own resolution is the oracle).
 */
class CalendarEdgesTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final BusinessCalendar NINE_TO_FIVE =
            BusinessCalendar.weekdays(ROME, TimeWindow.parse("09:00-17:00"));

    private static Instant utc(String text) {
        return Instant.parse(text);
    }

    @Test
    void spansOfManyChunksAddUp() {
        // 2026 and 2027 have 261 weekdays each, 2028 (a leap year starting on a Saturday) 260
        Instant from = LocalDate.of(2026, 1, 1).atStartOfDay(ROME).toInstant();
        Instant to = LocalDate.of(2029, 1, 1).atStartOfDay(ROME).toInstant();
        assertEquals(Duration.ofHours(782 * 8), NINE_TO_FIVE.workingTimeBetween(from, to));
        assertEquals(Duration.ofHours(-782 * 8), NINE_TO_FIVE.workingTimeBetween(to, from));
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);
        Instant later = BusinessCalendar.HORIZON_START.plus(Duration.ofDays(400));
        assertEquals(BusinessCalendar.HORIZON_START, always.subtractWorkingTime(later, Duration.ofDays(400)));
        assertEquals(later, always.addWorkingTime(BusinessCalendar.HORIZON_START, Duration.ofDays(400)));
    }

    /** A calendar open on two days only, one in the first chunk of the horizon and one in the last. */
    @Test
    void searchesReachTheFirstAndLastChunks() {
        BusinessCalendar twoDays = BusinessCalendar.builder(ZoneOffset.UTC)
                .specialHours(LocalDate.of(1900, 1, 2), TimeWindow.parse("09:00-17:00"))
                .specialHours(LocalDate.of(2149, 12, 30), TimeWindow.parse("09:00-17:00"))
                .build();
        Instant middle = utc("2030-01-01T00:00:00Z");
        assertEquals(utc("2149-12-30T09:00:00Z"), twoDays.nextWorkingInstant(middle));
        assertEquals(Optional.of(utc("2149-12-30T09:00:00Z")), twoDays.nextTransition(middle));
        assertEquals(Optional.of(utc("2149-12-30T17:00:00Z")), twoDays.nextTransition(utc("2149-12-30T10:00:00Z")));
        assertEquals(Optional.empty(), twoDays.nextTransition(utc("2149-12-30T17:00:00Z")));
        assertEquals(utc("1900-01-02T17:00:00Z"), twoDays.previousWorkingInstant(middle));
        assertEquals(Optional.of(utc("1900-01-02T17:00:00Z")), twoDays.previousTransition(middle));
        assertEquals(Optional.of(utc("1900-01-02T09:00:00Z")), twoDays.previousTransition(utc("1900-01-02T10:00:00Z")));
        assertEquals(Optional.empty(), twoDays.previousTransition(utc("1900-01-02T09:00:00Z")));
        assertEquals(
                utc("2149-12-30T10:00:00Z"), twoDays.addWorkingTime(utc("1900-01-02T16:00:00Z"), Duration.ofHours(2)));
        assertEquals(
                utc("1900-01-02T16:00:00Z"),
                twoDays.subtractWorkingTime(utc("2149-12-30T10:00:00Z"), Duration.ofHours(2)));
        assertEquals(2, twoDays.businessDaysBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2150, 1, 1)));
        assertEquals(LocalDate.of(2149, 12, 30), twoDays.addBusinessDays(LocalDate.of(1900, 1, 2), 1));
        assertEquals(LocalDate.of(1900, 1, 2), twoDays.subtractBusinessDays(LocalDate.of(2149, 12, 31), 2));
        NoWorkingTimeException after =
                assertThrows(NoWorkingTimeException.class, () -> twoDays.addBusinessDays(LocalDate.of(1900, 1, 2), 2));
        assertTrue(after.getMessage().contains("fewer than 2 business days after 1900-01-02"), after.getMessage());
        NoWorkingTimeException before = assertThrows(
                NoWorkingTimeException.class, () -> twoDays.subtractBusinessDays(LocalDate.of(2149, 12, 30), 2));
        assertTrue(before.getMessage().contains("fewer than 2 business days before 2149-12-30"), before.getMessage());
        // a 24x7 calendar closed on the last day of the horizon: the change is found in the last chunk
        BusinessCalendar closedAtTheEnd = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(EnumSet.allOf(DayOfWeek.class), TimeWindow.parse("00:00-24:00"))
                .specialHours(LocalDate.of(2149, 12, 31))
                .build();
        assertEquals(
                Optional.of(utc("2149-12-31T00:00:00Z")), closedAtTheEnd.nextTransition(utc("2148-01-01T00:00:00Z")));
    }

    /** Working time that stops, or starts, exactly at the first instant of an internal chunk. */
    @Test
    void changesExactlyWhereAChunkStarts() {
        Instant edge = BusinessCalendar.chunkStart(BusinessCalendar.chunkOf(utc("2026-06-01T00:00:00Z")));
        LocalDate day = LocalDate.ofInstant(edge, ZoneOffset.UTC);
        LocalTime time = LocalTime.ofInstant(edge, ZoneOffset.UTC);
        assertNotEquals(LocalTime.MIDNIGHT, time, "the chunk starts inside a day");
        BusinessCalendar stops = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(EnumSet.allOf(DayOfWeek.class), TimeWindow.parse("00:00-24:00"))
                .specialHours(day, TimeWindow.of(LocalTime.MIDNIGHT, time))
                .build();
        assertEquals(Optional.of(edge), stops.nextTransition(edge.minus(Duration.ofDays(3))));
        assertEquals(Optional.of(edge), stops.previousTransition(edge.plus(Duration.ofHours(1))));
        assertEquals(edge, stops.previousWorkingInstant(edge.plus(Duration.ofHours(1))));
        assertEquals(edge, stops.previousWorkingInstant(edge));
        BusinessCalendar starts = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(EnumSet.allOf(DayOfWeek.class), TimeWindow.parse("00:00-24:00"))
                .specialHours(day.minusDays(1))
                .specialHours(day, TimeWindow.of(time, LocalTime.MIDNIGHT))
                .build();
        assertEquals(Optional.of(edge), starts.previousTransition(edge.plus(Duration.ofHours(1))));
        assertEquals(Optional.of(edge), starts.nextTransition(edge.minus(Duration.ofHours(1))));
        assertEquals(edge, starts.nextWorkingInstant(edge.minus(Duration.ofHours(1))));
        // open the day before too: the working run begins two days before the chunk does
        BusinessCalendar across = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(EnumSet.allOf(DayOfWeek.class), TimeWindow.parse("00:00-24:00"))
                .specialHours(day.minusDays(2))
                .build();
        assertEquals(
                Optional.of(day.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                across.previousTransition(edge.plus(Duration.ofHours(1))));
    }

    @Test
    void businessDaysOnTheFirstAndLastOfAYear() {
        assertEquals(LocalDate.of(2026, 12, 31), NINE_TO_FIVE.addBusinessDays(LocalDate.of(2026, 12, 30), 1));
        assertEquals(LocalDate.of(2027, 1, 1), NINE_TO_FIVE.addBusinessDays(LocalDate.of(2026, 12, 31), 1));
        assertEquals(LocalDate.of(2026, 1, 1), NINE_TO_FIVE.subtractBusinessDays(LocalDate.of(2026, 1, 2), 1));
        assertEquals(LocalDate.of(2025, 12, 31), NINE_TO_FIVE.subtractBusinessDays(LocalDate.of(2026, 1, 1), 1));
        assertEquals(1, NINE_TO_FIVE.businessDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)));
        Instant lastHour = BusinessCalendar.HORIZON_END.minus(Duration.ofHours(1));
        NoWorkingTimeException after = assertThrows(
                NoWorkingTimeException.class,
                () -> BusinessCalendar.twentyFourSeven(ZoneOffset.UTC).addBusinessDays(lastHour, 1));
        assertTrue(after.getMessage().contains("1 business days after"), after.getMessage());
        // 1900-01-01T10:00 in Los Angeles, one business day back, is before the horizon start
        NoWorkingTimeException before = assertThrows(
                NoWorkingTimeException.class,
                () -> BusinessCalendar.twentyFourSeven(ZoneId.of("America/Los_Angeles"))
                        .subtractBusinessDays(utc("1900-01-01T18:00:00Z"), 1));
        assertTrue(before.getMessage().contains("1 business days before"), before.getMessage());
        assertTrue(before.getMessage().contains("outside the horizon"), before.getMessage());
    }

    /**
     * The local time kept by the Instant forms of business-day arithmetic, at and around Rome's clock changes
     * of 2026 (29 March: 02:00 to 03:00; 25 October: 03:00 back to 02:00), from each offset the start can
     * have, is exactly what {@link ZonedDateTime#ofLocal} gives.
     */
    @Test
    void wallTimesAtTheEdgesOfClockChangesResolveAsJavaTimeDoes() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(ROME);
        List<LocalTime> times = List.of(
                LocalTime.of(1, 59, 59),
                LocalTime.of(2, 0),
                LocalTime.of(2, 30),
                LocalTime.of(2, 59, 59),
                LocalTime.of(3, 0));
        for (LocalDate change : List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25))) {
            for (LocalDate from : List.of(change.minusDays(1), change.plusDays(1))) {
                int n = from.isBefore(change) ? 1 : -1;
                for (LocalTime t : times) {
                    for (ZoneOffset offset : ROME.getRules().getValidOffsets(LocalDateTime.of(from, t))) {
                        Instant start = ZonedDateTime.ofLocal(LocalDateTime.of(from, t), ROME, offset)
                                .toInstant();
                        Instant expected = ZonedDateTime.ofLocal(LocalDateTime.of(change, t), ROME, offset)
                                .toInstant();
                        assertEquals(expected, always.addBusinessDays(start, n), start + " " + n);
                        assertEquals(expected, always.subtractBusinessDays(start, -n), start + " " + -n);
                    }
                }
            }
        }
        // a start exactly on the instant the clocks go forward is already in summer time
        assertEquals(utc("2026-03-30T01:00:00Z"), always.addBusinessDays(utc("2026-03-29T01:00:00Z"), 1));
        // and one exactly on the instant they go back is the second 02:00, in winter time
        assertEquals(utc("2026-10-26T01:00:00Z"), always.addBusinessDays(utc("2026-10-25T01:00:00Z"), 1));
    }

    @Test
    void theYearsOfTheHorizonDependOnTheZone() {
        assertEquals(List.of(), NINE_TO_FIVE.holidaysIn(1900));
        assertEquals(List.of(), NINE_TO_FIVE.holidaysIn(2150));
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.holidaysIn(1899));
        // 1900-01-01T00:00Z is still 1899 in Los Angeles
        BusinessCalendar la =
                BusinessCalendar.weekdays(ZoneId.of("America/Los_Angeles"), TimeWindow.parse("09:00-17:00"));
        assertEquals(List.of(), la.holidaysIn(1899));
        assertEquals(false, la.isBusinessDay(LocalDate.of(1899, 12, 31)));
        assertThrows(ValidationException.class, () -> la.isBusinessDay(LocalDate.of(1899, 12, 30)));
        assertThrows(ValidationException.class, () -> la.holidaysIn(1898));
        ValidationException from = assertThrows(
                ValidationException.class,
                () -> NINE_TO_FIVE.businessDaysBetween(LocalDate.MAX, LocalDate.of(2026, 1, 1)));
        assertEquals("from", from.violations().get(0).path());
    }

    /** Closures that touch or line up with a window's edges take exactly their overlap. */
    @Test
    void closuresAlignedWithWindows() {
        LocalDate monday = LocalDate.of(2026, 6, 8);
        BusinessCalendar c = BusinessCalendar.builder(ROME)
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("09:00-12:00"), TimeWindow.parse("13:00-17:00"))
                .closed(monday, TimeWindow.parse("08:00-09:00"))
                .closed(monday, TimeWindow.parse("09:00-10:00"))
                .closed(monday, TimeWindow.parse("11:00-13:00"))
                .closed(monday, TimeWindow.parse("16:00-17:00"))
                .closed(monday, TimeWindow.parse("17:00-18:00"))
                .build();
        Instant from = monday.atStartOfDay(ROME).toInstant();
        assertEquals(Duration.ofHours(4), c.workingTimeBetween(from, from.plus(Duration.ofDays(1))));
        assertEquals(
                Optional.of(LocalDateTime.of(monday, LocalTime.of(10, 0))
                        .atZone(ROME)
                        .toInstant()),
                c.nextTransition(from));
        assertEquals(
                Optional.of(LocalDateTime.of(monday, LocalTime.of(11, 0))
                        .atZone(ROME)
                        .toInstant()),
                c.nextTransition(LocalDateTime.of(monday, LocalTime.of(10, 0))
                        .atZone(ROME)
                        .toInstant()));
        // an overlap of two windows with the same end is one window
        BusinessCalendar same = BusinessCalendar.builder(ROME)
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("09:00-17:00"))
                .build()
                .intersection(BusinessCalendar.builder(ROME)
                        .hours(DayOfWeek.MONDAY, TimeWindow.parse("12:00-17:00"))
                        .build());
        assertEquals(Duration.ofHours(5), same.workingTimeBetween(from, from.plus(Duration.ofDays(1))));
        assertEquals(
                Optional.of(LocalDateTime.of(monday, LocalTime.of(17, 0))
                        .atZone(ROME)
                        .toInstant()),
                same.nextTransition(LocalDateTime.of(monday, LocalTime.of(12, 0))
                        .atZone(ROME)
                        .toInstant()));
    }

    /**
     * The speed Javadoc of {@link BusinessCalendar} counts steps: "at most 236" chunks and "at most 252"
     * years over the horizon, chunks of "about 388 days".
     */
    @Test
    void theStepCountsTheSpeedJavadocGives() {
        assertEquals(236, BusinessCalendar.MAX_CHUNK - BusinessCalendar.MIN_CHUNK + 1);
        assertEquals(252, BusinessCalendar.LAST_YEAR - BusinessCalendar.FIRST_YEAR + 1);
        assertEquals(388, BusinessCalendar.CHUNK_SECONDS / 86_400);
    }
}
