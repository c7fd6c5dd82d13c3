package io.itsmkit.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final BusinessCalendar NINE_TO_FIVE =
            BusinessCalendar.weekdays(ROME, TimeWindow.parse("09:00-17:00"));
    private static final BusinessCalendar ROME_OFFICE = BusinessCalendar.builder(ROME)
            .hours(
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    TimeWindow.parse("08:30-13:00"),
                    TimeWindow.parse("14:00-18:00"))
            .holidays(Holidays.italy(MonthDay.of(6, 29)))
            .build();

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private static Instant rome(String local) {
        return at(local, ROME);
    }

    private static BusinessCalendar shift(ZoneId zone) {
        return BusinessCalendar.builder(zone)
                .hours(EnumSet.allOf(DayOfWeek.class), TimeWindow.parse("22:00-06:00"))
                .build();
    }

    @Test
    void fridayAfternoonPlusFourHoursIsMondayNoon() {
        assertEquals(
                rome("2026-06-08T12:00"), NINE_TO_FIVE.addWorkingTime(rome("2026-06-05T16:00"), Duration.ofHours(4)));
        assertEquals(
                Duration.ofHours(4),
                NINE_TO_FIVE.workingTimeBetween(rome("2026-06-05T16:00"), rome("2026-06-08T12:00")));
    }

    @Test
    void aSaturdayStartBeginsOnMonday() {
        assertEquals(
                rome("2026-06-08T10:00"), NINE_TO_FIVE.addWorkingTime(rome("2026-06-06T10:00"), Duration.ofHours(1)));
        assertEquals(rome("2026-06-08T09:00"), NINE_TO_FIVE.nextWorkingInstant(rome("2026-06-06T10:00")));
        assertFalse(NINE_TO_FIVE.isWorkingTime(rome("2026-06-06T10:00")));
    }

    @Test
    void aTargetUsedUpAtFiveAnswersFive() {
        assertEquals(
                rome("2026-06-05T17:00"), NINE_TO_FIVE.addWorkingTime(rome("2026-06-05T16:00"), Duration.ofHours(1)));
        assertEquals(rome("2026-06-05T16:00"), NINE_TO_FIVE.addWorkingTime(rome("2026-06-05T16:00"), Duration.ZERO));
        assertEquals(rome("2026-06-06T03:00"), NINE_TO_FIVE.addWorkingTime(rome("2026-06-06T03:00"), Duration.ZERO));
    }

    @Test
    void easterMondayIsAHoliday() {
        assertEquals(
                rome("2026-04-07T09:30"), ROME_OFFICE.addWorkingTime(rome("2026-04-03T17:00"), Duration.ofHours(2)));
        assertFalse(ROME_OFFICE.isBusinessDay(LocalDate.of(2026, 4, 6)));
        assertTrue(ROME_OFFICE.isBusinessDay(LocalDate.of(2026, 4, 7)));
    }

    @Test
    void christmasAndBoxingDay() {
        // Thursday 24 December 2026, then Friday 25 and Saturday 26 are holidays, Sunday is off
        assertEquals(
                rome("2026-12-28T09:30"), ROME_OFFICE.addWorkingTime(rome("2026-12-24T17:00"), Duration.ofHours(2)));
        assertEquals(
                Duration.ofHours(2),
                ROME_OFFICE.workingTimeBetween(rome("2026-12-24T17:00"), rome("2026-12-28T09:30")));
    }

    @Test
    void patronSaintOfRome() {
        assertFalse(ROME_OFFICE.isWorkingTime(rome("2026-06-29T10:00")));
        assertEquals(
                Duration.ofMinutes(510),
                ROME_OFFICE.workingTimeBetween(rome("2026-06-30T00:00"), rome("2026-07-01T00:00")));
    }

    @Test
    void lunchBreakIsNotWorkingTime() {
        assertEquals(
                rome("2026-06-08T14:30"), ROME_OFFICE.addWorkingTime(rome("2026-06-08T12:30"), Duration.ofHours(1)));
        assertEquals(Optional.of(rome("2026-06-08T13:00")), ROME_OFFICE.nextTransition(rome("2026-06-08T12:30")));
        assertEquals(Optional.of(rome("2026-06-08T14:00")), ROME_OFFICE.nextTransition(rome("2026-06-08T13:00")));
    }

    /** 24x7 across the clock changes: days of 23 h and 25 h; and the same for a window ending at 24:00. */
    @ParameterizedTest(name = "{0} {1}: {2} h")
    @CsvSource({
        "Europe/Rome, 2026-03-29, 23",
        "Europe/Rome, 2026-10-25, 25",
        "America/New_York, 2026-03-08, 23",
        "America/New_York, 2026-11-01, 25",
        "Australia/Sydney, 2026-04-05, 25",
        "Australia/Sydney, 2026-10-04, 23",
        "America/Sao_Paulo, 2018-11-04, 23",
        "America/Sao_Paulo, 2019-02-16, 25"
    })
    void dstDaysAreRealElapsedTime(String zone, LocalDate day, int hours) {
        ZoneId z = ZoneId.of(zone);
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(z);
        BusinessCalendar wholeDay = BusinessCalendar.builder(z)
                .hours(day.getDayOfWeek(), TimeWindow.parse("00:00-24:00"))
                .build();
        Instant from = day.atStartOfDay(z).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(z).toInstant();
        assertEquals(Duration.ofHours(hours), always.workingTimeBetween(from, to));
        assertEquals(
                Duration.ofHours(hours),
                wholeDay.workingTimeBetween(from.minus(Duration.ofDays(1)), to.plus(Duration.ofDays(1))));
        assertEquals(to, wholeDay.addWorkingTime(from, Duration.ofHours(hours)));
    }

    /** A 22:00-06:00 shift is 7 h on the night the clocks go forward and 9 h when they go back. */
    @ParameterizedTest(name = "{0} night of {1}: {2} h")
    @CsvSource({
        "Europe/Rome, 2026-03-28, 7",
        "Europe/Rome, 2026-10-24, 9",
        "Europe/Rome, 2026-06-06, 8",
        "America/New_York, 2026-03-07, 7",
        "America/New_York, 2026-10-31, 9",
        "Australia/Sydney, 2026-04-04, 9",
        "Australia/Sydney, 2026-10-03, 7",
        "America/Sao_Paulo, 2018-11-03, 7",
        "America/Sao_Paulo, 2019-02-16, 9"
    })
    void overnightShiftAcrossClockChanges(String zone, LocalDate night, int hours) {
        ZoneId z = ZoneId.of(zone);
        BusinessCalendar shift = shift(z);
        Instant evening = ZonedDateTime.of(night, LocalTime.of(12, 0), z).toInstant();
        Instant nextNoon =
                ZonedDateTime.of(night.plusDays(1), LocalTime.of(12, 0), z).toInstant();
        assertEquals(Duration.ofHours(hours), shift.workingTimeBetween(evening, nextNoon));
        assertEquals(
                ZonedDateTime.of(night.plusDays(1), LocalTime.of(6, 0), z).toInstant(),
                shift.addWorkingTime(evening, Duration.ofHours(hours)));
    }

    @Test
    void anOvernightShiftBelongsToTheDayItStarts() {
        BusinessCalendar nights = BusinessCalendar.builder(ROME)
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("22:00-06:00"))
                .holidays(Holidays.of(HolidayRule.on("closure", LocalDate.of(2026, 6, 8))))
                .build();
        // Monday 8 June is a holiday: its shift, including Tuesday 00:00-06:00, is closed
        assertFalse(nights.isWorkingTime(rome("2026-06-09T03:00")));
        assertTrue(nights.isWorkingTime(rome("2026-06-16T03:00")));
        // the shift starts on Mondays, so Monday is the business day, not Tuesday
        assertTrue(nights.isBusinessDay(LocalDate.of(2026, 6, 15)));
        assertFalse(nights.isBusinessDay(LocalDate.of(2026, 6, 16)));
        assertFalse(nights.isBusinessDay(LocalDate.of(2026, 6, 8)));
    }

    @Test
    void specialHoursAndPartialClosures() {
        LocalDate meeting = LocalDate.of(2026, 6, 10);
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        LocalDate sunday = LocalDate.of(2026, 6, 14);
        BusinessCalendar c = BusinessCalendar.builder(ROME)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("09:00-17:00"))
                .holidays(Holidays.italy())
                .closed(meeting, TimeWindow.parse("12:00-15:00"))
                .specialHours(christmasEve, TimeWindow.parse("09:00-12:00"))
                .specialHours(LocalDate.of(2026, 12, 25), TimeWindow.parse("10:00-11:00"))
                .specialHours(sunday, TimeWindow.parse("10:00-12:00"), TimeWindow.parse("13:00-14:00"))
                .build();
        assertEquals(Duration.ofHours(5), c.workingTimeBetween(rome("2026-06-10T00:00"), rome("2026-06-11T00:00")));
        assertEquals(Duration.ofHours(3), c.workingTimeBetween(rome("2026-12-24T00:00"), rome("2026-12-25T00:00")));
        // special hours beat the Christmas holiday
        assertEquals(Duration.ofHours(1), c.workingTimeBetween(rome("2026-12-25T00:00"), rome("2026-12-26T00:00")));
        assertEquals(Duration.ofHours(3), c.workingTimeBetween(rome("2026-06-14T00:00"), rome("2026-06-15T00:00")));
        assertTrue(c.isBusinessDay(sunday));
    }

    @Test
    void subtractMirrorsAdd() {
        assertEquals(
                rome("2026-06-05T16:00"),
                NINE_TO_FIVE.subtractWorkingTime(rome("2026-06-08T12:00"), Duration.ofHours(4)));
        // latest instant: Monday 10:00 minus 1 h is Monday 09:00, not Friday 17:00
        assertEquals(
                rome("2026-06-08T09:00"),
                NINE_TO_FIVE.subtractWorkingTime(rome("2026-06-08T10:00"), Duration.ofHours(1)));
        assertEquals(
                rome("2026-06-05T16:00"),
                NINE_TO_FIVE.subtractWorkingTime(rome("2026-06-08T09:00"), Duration.ofHours(1)));
        assertEquals(
                rome("2026-06-06T12:00"), NINE_TO_FIVE.subtractWorkingTime(rome("2026-06-06T12:00"), Duration.ZERO));
    }

    @Test
    void businessDaysAreASeparateUnit() {
        assertEquals(rome("2026-06-08T16:00"), NINE_TO_FIVE.addBusinessDays(rome("2026-06-05T16:00"), 1));
        assertEquals(rome("2026-06-12T16:00"), NINE_TO_FIVE.addBusinessDays(rome("2026-06-05T16:00"), 5));
        // after hours: the same local time, working time or not
        assertEquals(rome("2026-06-08T18:00"), NINE_TO_FIVE.addBusinessDays(rome("2026-06-05T18:00"), 1));
        // over Easter Monday: Friday 3 April is day 1, Tuesday 7 April day 2
        assertEquals(rome("2026-04-07T10:00"), ROME_OFFICE.addBusinessDays(rome("2026-04-02T10:00"), 2));
        assertEquals(rome("2026-04-02T10:00"), ROME_OFFICE.addBusinessDays(rome("2026-04-02T10:00"), 0));
        // never "n x 24 working hours": one business day is not three 8-hour days
        assertNotEquals(
                NINE_TO_FIVE.addWorkingTime(rome("2026-06-05T16:00"), Duration.ofHours(24)),
                NINE_TO_FIVE.addBusinessDays(rome("2026-06-05T16:00"), 1));
        // negative n goes back, like subtractBusinessDays
        assertEquals(rome("2026-06-04T16:00"), NINE_TO_FIVE.addBusinessDays(rome("2026-06-05T16:00"), -1));
        assertEquals(rome("2026-06-04T16:00"), NINE_TO_FIVE.subtractBusinessDays(rome("2026-06-05T16:00"), 1));
        assertEquals(rome("2026-04-02T10:00"), ROME_OFFICE.subtractBusinessDays(rome("2026-04-07T10:00"), 2));
    }

    @Test
    void unionAndIntersectionAcrossZones() {
        ZoneId ny = ZoneId.of("America/New_York");
        BusinessCalendar newYork = BusinessCalendar.weekdays(ny, TimeWindow.parse("09:00-17:00"));
        Instant dayStart = Instant.parse("2026-01-14T00:00:00Z");
        Instant dayEnd = Instant.parse("2026-01-15T00:00:00Z");
        // Rome 08:00-16:00Z and New York 14:00-22:00Z in January
        assertEquals(Duration.ofHours(14), NINE_TO_FIVE.union(newYork).workingTimeBetween(dayStart, dayEnd));
        assertEquals(Duration.ofHours(2), NINE_TO_FIVE.intersection(newYork).workingTimeBetween(dayStart, dayEnd));
        assertEquals(ROME, NINE_TO_FIVE.union(newYork).zone());
        assertEquals(ny, newYork.intersection(NINE_TO_FIVE).zone());
        assertEquals(NINE_TO_FIVE.union(newYork), NINE_TO_FIVE.union(newYork));
        assertNotEquals(NINE_TO_FIVE.union(newYork), NINE_TO_FIVE.intersection(newYork));
        assertTrue(NINE_TO_FIVE.union(newYork).toString().startsWith("union {\n  calendar Europe/Rome {\n"));
        assertEquals(
                NINE_TO_FIVE.union(newYork).hashCode(),
                NINE_TO_FIVE.union(newYork).hashCode());
        assertNotEquals(
                NINE_TO_FIVE.union(newYork).hashCode(),
                NINE_TO_FIVE.intersection(newYork).hashCode());
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.union(null));
    }

    @Test
    void neverOpenCalendarsFailFastAndClearly() {
        BusinessCalendar never = BusinessCalendar.builder(ROME).build();
        Instant t = rome("2026-06-05T16:00");
        assertEquals(Duration.ZERO, never.workingTimeBetween(t, t.plus(Duration.ofDays(3650))));
        NoWorkingTimeException e =
                assertThrows(NoWorkingTimeException.class, () -> never.addWorkingTime(t, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("horizon end 2150-01-01T00:00:00Z"), e.getMessage());
        assertThrows(NoWorkingTimeException.class, () -> never.subtractWorkingTime(t, Duration.ofSeconds(1)));
        assertThrows(NoWorkingTimeException.class, () -> never.nextWorkingInstant(t));
        assertThrows(NoWorkingTimeException.class, () -> never.addBusinessDays(t, 1));
        assertEquals(Optional.empty(), never.nextTransition(t));
        assertEquals(Optional.empty(), BusinessCalendar.twentyFourSeven(ROME).nextTransition(t));
        assertFalse(never.isBusinessDay(LocalDate.of(2026, 6, 5)));
    }

    @Test
    void nanosecondsInNanosecondsOut() {
        Instant start = rome("2026-06-08T09:00").plusNanos(1);
        Duration d = Duration.ofHours(7).plusMinutes(59).plusSeconds(59).plusNanos(999_999_998);
        assertEquals(rome("2026-06-08T16:59:59.999999999"), NINE_TO_FIVE.addWorkingTime(start, d));
        assertEquals(d, NINE_TO_FIVE.workingTimeBetween(start, rome("2026-06-08T16:59:59.999999999")));
        assertEquals(Duration.ofNanos(-1), NINE_TO_FIVE.workingTimeBetween(start, start.minusNanos(1)));
    }

    @Test
    void badInputIsRejectedNamingFieldAndRule() {
        Instant t = rome("2026-06-05T16:00");
        assertEquals(
                "start",
                assertThrows(ValidationException.class, () -> NINE_TO_FIVE.addWorkingTime(null, Duration.ZERO))
                        .violations()
                        .get(0)
                        .path());
        assertEquals(
                "duration",
                assertThrows(ValidationException.class, () -> NINE_TO_FIVE.addWorkingTime(t, null))
                        .violations()
                        .get(0)
                        .path());
        ValidationException negative =
                assertThrows(ValidationException.class, () -> NINE_TO_FIVE.addWorkingTime(t, Duration.ofMinutes(-1)));
        assertEquals("not-negative", negative.violations().get(0).rule());
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.subtractWorkingTime(t, Duration.ofMinutes(-1)));
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.addWorkingTime(t, Duration.ofDays(365L * 300)));
        ValidationException horizon = assertThrows(
                ValidationException.class,
                () -> NINE_TO_FIVE.isWorkingTime(Instant.parse("2150-01-01T00:00:00.000000001Z")));
        assertEquals("within-horizon", horizon.violations().get(0).rule());
        assertThrows(
                ValidationException.class,
                () -> NINE_TO_FIVE.workingTimeBetween(Instant.parse("1899-12-31T23:59:59Z"), t));
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.workingTimeBetween(t, null));
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.nextTransition(null));
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.isBusinessDay(null));
        Instant past = Instant.parse("1899-12-31T23:59:59Z");
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.isBusinessDay(LocalDate.of(1899, 12, 30)));
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.addBusinessDays(past, 1));
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.nextWorkingInstant(past));
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.subtractWorkingTime(past, Duration.ZERO));
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.addWorkingTime(past, Duration.ZERO));
        Duration whole = Duration.between(BusinessCalendar.HORIZON_START, BusinessCalendar.HORIZON_END);
        assertEquals(
                BusinessCalendar.HORIZON_END.minusNanos(1),
                BusinessCalendar.twentyFourSeven(ROME)
                        .addWorkingTime(BusinessCalendar.HORIZON_START, whole.minusNanos(1)));
        assertThrows(
                NoWorkingTimeException.class,
                () -> BusinessCalendar.twentyFourSeven(ROME)
                        .addWorkingTime(BusinessCalendar.HORIZON_START.plusNanos(1), whole));
        assertThrows(
                ValidationException.class,
                () -> BusinessCalendar.twentyFourSeven(ROME)
                        .addWorkingTime(BusinessCalendar.HORIZON_START, whole.plusSeconds(1)));
        assertThrows(ValidationException.class, () -> BusinessCalendar.builder(null));

        ValidationException overlap = assertThrows(
                ValidationException.class,
                () -> BusinessCalendar.builder(ROME)
                        .hours(DayOfWeek.MONDAY, TimeWindow.parse("08:00-12:00"), TimeWindow.parse("11:00-13:00"))
                        .build());
        assertEquals("hours[MONDAY]", overlap.violations().get(0).path());
        assertEquals("no-overlap", overlap.violations().get(0).rule());
        assertEquals(
                "MONDAY 08:00-12:00 and MONDAY 11:00-13:00",
                overlap.violations().get(0).offendingValue());
        ValidationException spill = assertThrows(
                ValidationException.class,
                () -> BusinessCalendar.builder(ROME)
                        .hours(DayOfWeek.SUNDAY, TimeWindow.parse("22:00-06:00"))
                        .hours(DayOfWeek.MONDAY, TimeWindow.parse("05:00-09:00"))
                        .build());
        assertEquals("hours[SUNDAY]", spill.violations().get(0).path());
        ValidationException special = assertThrows(
                ValidationException.class,
                () -> BusinessCalendar.builder(ROME)
                        .specialHours(
                                LocalDate.of(2026, 1, 2),
                                TimeWindow.parse("08:00-12:00"),
                                TimeWindow.parse("09:00-10:00"))
                        .build());
        assertEquals("specialHours[2026-01-02]", special.violations().get(0).path());
        // touching windows are fine
        BusinessCalendar.builder(ROME)
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("08:00-12:00"), TimeWindow.parse("12:00-13:00"))
                .build();
        assertThrows(
                ValidationException.class,
                () -> BusinessCalendar.builder(ROME).hours(DayOfWeek.MONDAY, (TimeWindow) null));
        assertThrows(
                ValidationException.class, () -> BusinessCalendar.builder(ROME).holidays(null));
        assertThrows(
                ValidationException.class,
                () -> BusinessCalendar.builder(ROME).closed(null, TimeWindow.parse("08:00-09:00")));
    }

    @Test
    void valueSemantics() {
        BusinessCalendar a = BusinessCalendar.builder(ROME)
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("14:00-18:00"), TimeWindow.parse("08:00-12:00"))
                .build();
        BusinessCalendar b = BusinessCalendar.builder(ROME)
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("08:00-12:00"), TimeWindow.parse("14:00-18:00"))
                .build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a.hashCode(), NINE_TO_FIVE.hashCode());
        assertNotEquals(a, NINE_TO_FIVE);
        assertEquals(
                "calendar Europe/Rome {\n  hours MONDAY 08:00-12:00 14:00-18:00\n  business-days MONDAY\n}",
                a.toString());
    }
}
