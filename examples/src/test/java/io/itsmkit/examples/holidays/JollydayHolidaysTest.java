package io.itsmkit.examples.holidays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.focus_shift.jollyday.core.HolidayCalendar;
import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.CalendarDefinition;
import io.itsmkit.core.calendar.HolidayRule;
import io.itsmkit.core.calendar.Holidays;
import io.itsmkit.core.calendar.TimeWindow;
import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Jollyday adapter against official tables; every expected date is written from the cited source. */
class JollydayHolidaysTest {
    private static final JollydayHolidays US = JollydayHolidays.of(HolidayCalendar.UNITED_STATES);
    private static final JollydayHolidays ENGLAND = JollydayHolidays.of(HolidayCalendar.UNITED_KINGDOM, "eng");
    private static final JollydayHolidays BAVARIA = JollydayHolidays.of(HolidayCalendar.GERMANY, "by");

    private static Set<LocalDate> dates(String csv) {
        return Arrays.stream(csv.split(" ")).map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<LocalDate> datesOf(List<Holiday> holidays) {
        return holidays.stream().map(Holiday::date).collect(Collectors.toCollection(TreeSet::new));
    }

    private static BusinessCalendar weekdays(ZoneId zone, JollydayHolidays source) {
        return BusinessCalendar.builder(zone)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("9:00-17:00"))
                .holidays(source.name(), source)
                .build();
    }

    /**
     * US federal holidays as observed, from the Office of Personnel Management's tables
     * (https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/) under 5 U.S.C. 6103: a
     * Saturday holiday on the Friday before, a Sunday one on the Monday after. Columbus Day (second Monday
     * in October: 2021-10-11, 2022-10-10, 2023-10-09, 2027-10-11, 2028-10-09) is left out: Jollyday lists
     * it per state, not nationally (see {@link #columbusDayIsAddedAsARule}).
     */
    @ParameterizedTest(name = "US federal {0}")
    @CsvSource({
        "2021, 2021-01-01 2021-01-18 2021-02-15 2021-05-31 2021-06-18 2021-07-05 2021-09-06 2021-11-11"
                + " 2021-11-25 2021-12-24",
        "2022, 2021-12-31 2022-01-17 2022-02-21 2022-05-30 2022-06-20 2022-07-04 2022-09-05 2022-11-11"
                + " 2022-11-24 2022-12-26",
        "2023, 2023-01-02 2023-01-16 2023-02-20 2023-05-29 2023-06-19 2023-07-04 2023-09-04 2023-11-10"
                + " 2023-11-23 2023-12-25",
        "2027, 2027-01-01 2027-01-18 2027-02-15 2027-05-31 2027-06-18 2027-07-05 2027-09-06 2027-11-11"
                + " 2027-11-25 2027-12-24",
        "2028, 2027-12-31 2028-01-17 2028-02-21 2028-05-29 2028-06-19 2028-07-04 2028-09-04 2028-11-10"
                + " 2028-11-23 2028-12-25"
    })
    void usFederalObserved(int year, String expected) {
        assertEquals(dates(expected), datesOf(US.holidaysIn(year)));
    }

    @Test
    void columbusDayIsAddedAsARule() {
        assertFalse(datesOf(US.holidaysIn(2027)).contains(LocalDate.of(2027, 10, 11)));
        BusinessCalendar federal = BusinessCalendar.builder(ZoneId.of("America/New_York"))
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("9:00-17:00"))
                .holidays(US.name(), US)
                .holidays(Holidays.of(HolidayRule.nthWeekday("Columbus Day", 2, DayOfWeek.MONDAY, Month.OCTOBER)))
                .build();
        assertFalse(federal.isBusinessDay(LocalDate.of(2027, 10, 11)));
        // the 11 federal holidays of 2027, and New Year's Day 2028 observed on Friday 31 December 2027
        assertEquals(12, federal.holidaysIn(2027).size());
        assertEquals(
                new Holiday(LocalDate.of(2027, 12, 31), "New Year's Day"),
                federal.holidaysIn(2027).get(11));
    }

    /** New Year's Day 2022 (a Saturday) comes in Jollyday's 2022 answer, observed on 31 December 2021. */
    @Test
    void theObservedNewYearIsFiledUnderItsOwnYear() {
        assertTrue(US.holidaysIn(2022).contains(new Holiday(LocalDate.of(2021, 12, 31), "New Year's Day")));
        BusinessCalendar washington = weekdays(ZoneId.of("America/New_York"), US);
        assertFalse(washington.isBusinessDay(LocalDate.of(2021, 12, 31)));
        assertTrue(washington.holidaysIn(2021).contains(new Holiday(LocalDate.of(2021, 12, 31), "New Year's Day")));
        assertFalse(washington.holidaysIn(2022).stream().anyMatch(h -> h.date().getYear() == 2021));
        assertEquals(LocalDate.of(2022, 1, 3), washington.addBusinessDays(LocalDate.of(2021, 12, 30), 1));
    }

    /**
     * England's bank holidays with substitute days, from GOV.UK (https://www.gov.uk/bank-holidays):
     * 2010 and 2021 (Christmas on Saturday, Boxing Day on Sunday: Monday 27 and Tuesday 28 December), 2011
     * (New Year on Saturday: Monday 3 January; the royal wedding on 29 April; Christmas on Sunday: Tuesday
     * 27), 2016 (Christmas on Sunday: Tuesday 27), 2017 (New Year on Sunday: Monday 2 January).
     */
    @ParameterizedTest(name = "England {0}")
    @CsvSource({
        "2010, 2010-01-01 2010-04-02 2010-04-05 2010-05-03 2010-05-31 2010-08-30 2010-12-27 2010-12-28",
        "2011, 2011-01-03 2011-04-22 2011-04-25 2011-04-29 2011-05-02 2011-05-30 2011-08-29 2011-12-26" + " 2011-12-27",
        "2016, 2016-01-01 2016-03-25 2016-03-28 2016-05-02 2016-05-30 2016-08-29 2016-12-26 2016-12-27",
        "2017, 2017-01-02 2017-04-14 2017-04-17 2017-05-01 2017-05-29 2017-08-28 2017-12-25 2017-12-26",
        "2021, 2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28"
    })
    void englandWithSubstituteDays(int year, String expected) {
        assertEquals(dates(expected), datesOf(ENGLAND.holidaysIn(year)));
    }

    /**
     * Bavaria, Bayerisches Feiertagsgesetz Art. 1 (1): the holidays of the whole state. 15 August (Assumption)
     * is a holiday only in communities with a predominantly Catholic population, and 8 August only in
     * Augsburg, so neither is in the state's list. 2026: Easter on 5 April, so Good Friday 3 April, Easter
     * Monday 6 April, Ascension 14 May, Whit Monday 25 May, Corpus Christi 4 June.
     */
    @Test
    void bavaria2026() {
        assertEquals(
                dates("2026-01-01 2026-01-06 2026-04-03 2026-04-06 2026-05-01 2026-05-14 2026-05-25 2026-06-04"
                        + " 2026-10-03 2026-11-01 2026-12-25 2026-12-26"),
                datesOf(BAVARIA.holidaysIn(2026)));
        BusinessCalendar munich = weekdays(ZoneId.of("Europe/Berlin"), BAVARIA);
        assertFalse(munich.isBusinessDay(LocalDate.of(2026, 6, 4)));
        assertTrue(munich.isBusinessDay(LocalDate.of(2026, 8, 14)));
        assertEquals("jollyday:de-by", BAVARIA.name());
        assertEquals("jollyday:de-by", BAVARIA.toString());
    }

    /** A calendar over Jollyday is stored by name and rebuilt with the same binding. */
    @Test
    void theDefinitionNamesTheSource() {
        BusinessCalendar munich = weekdays(ZoneId.of("Europe/Berlin"), BAVARIA);
        String text = munich.definition().toString();
        assertTrue(text.contains("holiday-source \"jollyday:de-by\""), text);
        BusinessCalendar again = BusinessCalendar.of(CalendarDefinition.parse(text), Map.of(BAVARIA.name(), BAVARIA));
        assertEquals(munich, again);
        assertEquals(munich.holidaysIn(2026), again.holidaysIn(2026));
    }

    @Test
    void anUnknownSubdivisionIsRejectedNotIgnored() {
        ValidationException e = assertThrows(
                ValidationException.class, () -> JollydayHolidays.of(HolidayCalendar.UNITED_KINGDOM, "en"));
        assertEquals("subdivisions[0]", e.violations().get(0).path());
        assertEquals("known-subdivision", e.violations().get(0).rule());
        assertTrue(e.getMessage().contains("eng"), e.getMessage());
        assertThrows(ValidationException.class, () -> JollydayHolidays.of(HolidayCalendar.GERMANY, "by", "nowhere"));
        assertThrows(ValidationException.class, () -> JollydayHolidays.of(null));
        assertThrows(ValidationException.class, () -> JollydayHolidays.of(HolidayCalendar.GERMANY, (String) null));
        assertThrows(ValidationException.class, () -> US.holidaysIn(1582));
        assertThrows(ValidationException.class, () -> US.holidaysIn(10_000));
        assertEquals("jollyday:gb-eng", ENGLAND.name());
    }

    /**
     * Why the README uses {@code Holidays.italy()} for Italy: Jollyday's Italy has no history. By law 54/1977
     * 6 January was no holiday from 1978 to 1985 and 2 June none from 1977 to 2000; by law 151/2025
     * 4 October is one from 2026.
     */
    @Test
    void forItalyTheBuiltInRulesKnowTheHistory() {
        JollydayHolidays italy = JollydayHolidays.of(HolidayCalendar.ITALY);
        assertTrue(datesOf(italy.holidaysIn(1983)).contains(LocalDate.of(1983, 1, 6)));
        assertFalse(datesOf(Holidays.italy().holidaysIn(1983)).contains(LocalDate.of(1983, 1, 6)));
        assertTrue(datesOf(italy.holidaysIn(1995)).contains(LocalDate.of(1995, 6, 2)));
        assertFalse(datesOf(Holidays.italy().holidaysIn(1995)).contains(LocalDate.of(1995, 6, 2)));
        assertFalse(datesOf(italy.holidaysIn(2027)).contains(LocalDate.of(2027, 10, 4)));
        assertTrue(datesOf(Holidays.italy().holidaysIn(2027)).contains(LocalDate.of(2027, 10, 4)));
    }
}
