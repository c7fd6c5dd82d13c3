package io.itsmkit.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeWindowAndHolidaysTest {

    @Test
    void windows() {
        TimeWindow day = TimeWindow.parse("08:30-13:00");
        assertEquals(LocalTime.of(8, 30), day.start());
        assertEquals(LocalTime.of(13, 0), day.end());
        assertFalse(day.endsNextDay());
        TimeWindow toMidnight = TimeWindow.parse("18:00-24:00");
        assertTrue(toMidnight.endsNextDay());
        assertEquals(LocalTime.MIDNIGHT, toMidnight.end());
        assertEquals("18:00-24:00", toMidnight.toString());
        TimeWindow night = TimeWindow.parse("22:00-06:00");
        assertEquals(TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.of(6, 0)), night);
        assertEquals("22:00-06:00", night.toString());
        assertEquals(TimeWindow.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT), TimeWindow.parse("00:00-24:00"));
        assertTrue(day.compareTo(night) < 0);
        assertTrue(TimeWindow.parse("08:30-12:00").compareTo(day) < 0);
        assertEquals(day.hashCode(), TimeWindow.parse("08:30-13:00").hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "08:30", "8-9", "08:30-", "-13:00", "25:00-26:00", "08:00-08:00"})
    void badWindowTextIsRejected(String text) {
        assertThrows(ValidationException.class, () -> TimeWindow.parse(text));
    }

    @Test
    void windowRules() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> TimeWindow.of(LocalTime.of(17, 0), LocalTime.of(9, 0)));
        assertEquals("window.end", e.violations().get(0).path());
        assertEquals("end-after-start", e.violations().get(0).rule());
        assertEquals(
                "overnight",
                assertThrows(
                                ValidationException.class,
                                () -> TimeWindow.overnight(LocalTime.of(9, 0), LocalTime.of(17, 0)))
                        .violations()
                        .get(0)
                        .rule());
        assertThrows(ValidationException.class, () -> TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.MIDNIGHT));
        assertThrows(ValidationException.class, () -> TimeWindow.of(null, LocalTime.NOON));
        assertThrows(ValidationException.class, () -> TimeWindow.of(LocalTime.NOON, LocalTime.NOON));
        assertEquals(
                "12:00-12:00:00.000000001",
                TimeWindow.of(LocalTime.NOON, LocalTime.NOON.plusNanos(1)).toString());
        assertFalse(TimeWindow.parse("08:00-09:00").equals(TimeWindow.parse("08:00-10:00")));
        assertFalse(TimeWindow.parse("08:00-09:00").equals(TimeWindow.parse("07:00-09:00")));
        assertFalse(TimeWindow.parse("08:00-09:00").hashCode()
                == TimeWindow.parse("08:00-10:00").hashCode());
        assertEquals(
                TimeWindow.parse("23:00-00:00:01"), TimeWindow.overnight(LocalTime.of(23, 0), LocalTime.of(0, 0, 1)));
        assertEquals(TimeWindow.of(LocalTime.of(23, 0), LocalTime.of(23, 0, 1)), TimeWindow.parse("23:00-23:00:01"));
        assertThrows(ValidationException.class, () -> TimeWindow.parse(null));
    }

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2038, 2038-04-25",
        "2285, 2285-03-22",
        "1961, 1961-04-02"
    })
    void easter(int year, LocalDate easter) {
        assertEquals(easter, Holidays.easterSunday(year));
    }

    /** Easter is a Sunday from 22 March to 25 April, in every Gregorian year the computus covers. */
    @Test
    void easterIsAlwaysALateMarchOrAprilSunday() {
        for (int year = 1583; year <= 4099; year++) {
            LocalDate easter = Holidays.easterSunday(year);
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), "year " + year);
            assertTrue(
                    !easter.isBefore(LocalDate.of(year, 3, 22)) && !easter.isAfter(LocalDate.of(year, 4, 25)),
                    "year " + year);
        }
        // the extremes: 22 March in 1818 and 2285, 25 April in 1943 and 2038
        assertEquals(LocalDate.of(1818, 3, 22), Holidays.easterSunday(1818));
        assertEquals(LocalDate.of(1943, 4, 25), Holidays.easterSunday(1943));
        assertEquals(LocalDate.of(2000, 4, 23), Holidays.easterSunday(2000));
        assertEquals(LocalDate.of(2019, 4, 21), Holidays.easterSunday(2019));
        assertEquals(LocalDate.of(2008, 3, 23), Holidays.easterSunday(2008));
    }

    @Test
    void italianHolidays2026() {
        assertEquals(
                Set.of(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 6),
                        LocalDate.of(2026, 4, 5),
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 4, 25),
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 6, 2),
                        LocalDate.of(2026, 8, 15),
                        LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 12, 8),
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 26),
                        LocalDate.of(2026, 12, 7)),
                Holidays.italy(MonthDay.of(12, 7)).holidaysIn(2026));
        assertEquals(Holidays.italy(), Holidays.italy());
    }

    @Test
    void rules() {
        assertEquals(
                Set.of(LocalDate.of(2026, 11, 26)),
                Holidays.nthWeekdayOf(4, DayOfWeek.THURSDAY, Month.NOVEMBER).holidaysIn(2026));
        assertEquals(
                Set.of(LocalDate.of(2026, 5, 25)),
                Holidays.lastWeekdayOf(DayOfWeek.MONDAY, Month.MAY).holidaysIn(2026));
        assertEquals(
                Set.of(LocalDate.of(2024, 2, 29)),
                Holidays.fixed(MonthDay.of(2, 29)).holidaysIn(2024));
        assertEquals(Set.of(), Holidays.fixed(MonthDay.of(2, 29)).holidaysIn(2026));
        assertEquals(
                Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 14)),
                Holidays.easterRelative(-2, 39).holidaysIn(2026));
        assertEquals(Set.of(), Holidays.easterRelative(-100).holidaysIn(2026));
        assertEquals(
                Set.of(LocalDate.of(2026, 8, 14)),
                Holidays.on(LocalDate.of(2026, 8, 14), LocalDate.of(2027, 1, 2)).holidaysIn(2026));
        assertEquals(
                "in-range",
                assertThrows(ValidationException.class, () -> Holidays.easterRelative(101))
                        .violations()
                        .get(0)
                        .rule());
        assertThrows(ValidationException.class, () -> Holidays.easterRelative(-101));
        assertThrows(ValidationException.class, () -> Holidays.nthWeekdayOf(5, DayOfWeek.MONDAY, Month.MAY));
        assertThrows(ValidationException.class, () -> Holidays.nthWeekdayOf(0, DayOfWeek.MONDAY, Month.MAY));
        assertThrows(ValidationException.class, () -> Holidays.on((LocalDate) null));
        assertThrows(ValidationException.class, () -> Holidays.fixed((MonthDay[]) null));
        assertThrows(ValidationException.class, () -> Holidays.italy(null));
    }
}
