package io.itsmkit.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holiday rules against the law and official tables: every expected date below is written from the cited
 * source, never from the code's output.
 */
class HolidaysTest {

    private static Set<LocalDate> dates(String csv) {
        return Arrays.stream(csv.split(" ")).map(LocalDate::parse).collect(Collectors.toCollection(TreeSet::new));
    }

    private static TreeSet<LocalDate> datesOf(List<Holiday> holidays) {
        return holidays.stream().map(Holiday::date).collect(Collectors.toCollection(TreeSet::new));
    }

    // --- Easter -------------------------------------------------------------------------------------

    /** Easter Sunday from published tables of the Gregorian Easter date. */
    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        "1960, 1960-04-17",
        "1961, 1961-04-02",
        "1977, 1977-04-10",
        "1980, 1980-04-06",
        "1985, 1985-04-07",
        "1986, 1986-03-30",
        "1990, 1990-04-15",
        "2000, 2000-04-23",
        "2001, 2001-04-15",
        "2011, 2011-04-24",
        "2012, 2012-04-08",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2038, 2038-04-25",
        "2285, 2285-03-22"
    })
    void easter(int year, LocalDate easter) {
        assertEquals(easter, Holidays.easterSunday(year));
    }

    /**
     * Two independent computus algorithms agree on every year (Meeus/Jones/Butcher in the library, Gauss's
     * with its two exceptions in the test), and Easter is a Sunday from 22 March to 25 April.
     */
    @Test
    void easterAgreesWithGaussAndIsALateMarchOrAprilSunday() {
        for (int year = Holidays.FIRST_YEAR; year <= Holidays.LAST_YEAR; year++) {
            LocalDate easter = Holidays.easterSunday(year);
            assertEquals(DayWalkHolidays.gaussEaster(year), easter, "year " + year);
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), "year " + year);
            assertTrue(
                    !easter.isBefore(LocalDate.of(year, 3, 22)) && !easter.isAfter(LocalDate.of(year, 4, 25)),
                    "year " + year);
        }
        // the extremes: 22 March in 1818 and 2285, 25 April in 1943 and 2038
        assertEquals(LocalDate.of(1818, 3, 22), Holidays.easterSunday(1818));
        assertEquals(LocalDate.of(1943, 4, 25), Holidays.easterSunday(1943));
    }

    /** Issue 6: extreme years gave DateTimeException or (year -1) a silently wrong date. */
    @ParameterizedTest
    @CsvSource({"-1", "0", "1582", "10000", "-2147483648", "2147483647"})
    void extremeYearsAreRejected(int year) {
        for (Runnable call : List.<Runnable>of(
                () -> Holidays.easterSunday(year),
                () -> Holidays.italy().holidaysIn(year),
                () -> HolidayRule.fixed("x", MonthDay.of(1, 1)).nominalDateIn(year),
                () -> new HolidayRule.EasterRelative(1).dateIn(year),
                () -> new HolidayRule.OnDate(LocalDate.MAX).dateIn(year),
                () -> new HolidayRule.LastWeekday(DayOfWeek.MONDAY, Month.MAY).dateIn(year),
                () -> new HolidayRule.NthWeekday(1, DayOfWeek.MONDAY, Month.MAY).dateIn(year))) {
            ValidationException e = assertThrows(ValidationException.class, call::run);
            assertEquals("year", e.violations().get(0).path());
            assertEquals("in-range", e.violations().get(0).rule());
        }
        assertEquals(LocalDate.of(1583, 4, 10), Holidays.easterSunday(1583));
        assertEquals(LocalDate.of(9999, 3, 28), Holidays.easterSunday(9999));
    }

    // --- Italy --------------------------------------------------------------------------------------

    /**
     * The Italian national holidays by year. Sources:
     *
     * <ul>
     *   <li>law 27 May 1949 n. 260, art. 2 (GU 31 May 1949): all Sundays, 1 January, Epiphany, St Joseph
     *       (19 March), 25 April, Easter Monday, Ascension, Corpus Domini, 1 May, 2 June (art. 1), Sts Peter
     *       and Paul (29 June), Assumption (15 August), All Saints (1 November), 4 November, Immaculate
     *       Conception (8 December), Christmas, 26 December;
     *   <li>law 5 March 1977 n. 54, art. 1 (in force 8 March 1977): Epiphany, St Joseph, Ascension, Corpus
     *       Domini, Sts Peter and Paul stop being holidays; from 1977 the 2 June and 4 November celebrations
     *       move to the first Sunday of June and of November, so 2 June and 4 November stop being holidays.
     *       6 January 1977 came before the law and was still a holiday;
     *   <li>DPR 28 December 1985 n. 792: Epiphany is a holiday again (6 January 1986);
     *   <li>law 20 November 2000 n. 336: 2 June is a holiday again, from 2001;
     *   <li>decree-law 22 February 2011 n. 5 (GU 23 February 2011 n. 44), art. 1: "limitatamente all'anno
     *       2011, il giorno 17 marzo è considerato giorno festivo ai sensi degli articoli 2 e 4 della legge 27
     *       maggio 1949, n. 260" (the 150th anniversary of the unification; art. 7-bis of decree-law 30 April
     *       2010 n. 64 had declared it a national holiday); 2010 and 2012 have no 17 March;
     *   <li>law 8 October 2025 n. 151 (GU 10 October 2025, in force 1 January 2026): 4 October, St Francis
     *       of Assisi, is added to art. 2 of law 260/1949. Law 4 March 1958 n. 132 had made 4 October only a
     *       {@code solennità civile} (art. 3 of law 260/1949: reduced office hours, flags), not a holiday.
     * </ul>
     *
     * Easter Sunday ({@code Pasqua}) is listed with Easter Monday. Easter-relative dates are from the Easter
     * table above: Ascension is Easter + 39 days, Corpus Domini Easter + 60 (both Thursdays).
     */
    @ParameterizedTest(name = "Italy {0}")
    @CsvSource({
        // law 260/1949 in full: Easter 17 April, Ascension 26 May, Corpus Domini 16 June
        "1960, 1960-01-01 1960-01-06 1960-03-19 1960-04-17 1960-04-18 1960-04-25 1960-05-01 1960-05-26"
                + " 1960-06-02 1960-06-16 1960-06-29 1960-08-15 1960-11-01 1960-11-04 1960-12-08 1960-12-25"
                + " 1960-12-26",
        // the last year before law 54/1977: Easter 18 April, Ascension 27 May, Corpus Domini 17 June
        "1976, 1976-01-01 1976-01-06 1976-03-19 1976-04-18 1976-04-19 1976-04-25 1976-05-01 1976-05-27"
                + " 1976-06-02 1976-06-17 1976-06-29 1976-08-15 1976-11-01 1976-11-04 1976-12-08 1976-12-25"
                + " 1976-12-26",
        // law 54/1977 in force on 8 March: 6 January was still a holiday, 19 March no longer
        "1977, 1977-01-01 1977-01-06 1977-04-10 1977-04-11 1977-04-25 1977-05-01 1977-08-15 1977-11-01"
                + " 1977-12-08 1977-12-25 1977-12-26",
        "1980, 1980-01-01 1980-04-06 1980-04-07 1980-04-25 1980-05-01 1980-08-15 1980-11-01 1980-12-08"
                + " 1980-12-25 1980-12-26",
        "1985, 1985-01-01 1985-04-07 1985-04-08 1985-04-25 1985-05-01 1985-08-15 1985-11-01 1985-12-08"
                + " 1985-12-25 1985-12-26",
        // DPR 792/1985: Epiphany again
        "1986, 1986-01-01 1986-01-06 1986-03-30 1986-03-31 1986-04-25 1986-05-01 1986-08-15 1986-11-01"
                + " 1986-12-08 1986-12-25 1986-12-26",
        "1990, 1990-01-01 1990-01-06 1990-04-15 1990-04-16 1990-04-25 1990-05-01 1990-08-15 1990-11-01"
                + " 1990-12-08 1990-12-25 1990-12-26",
        // Easter Monday 24 April and Liberation Day 25 April
        "2000, 2000-01-01 2000-01-06 2000-04-23 2000-04-24 2000-04-25 2000-05-01 2000-08-15 2000-11-01"
                + " 2000-12-08 2000-12-25 2000-12-26",
        // law 336/2000: 2 June again
        "2001, 2001-01-01 2001-01-06 2001-04-15 2001-04-16 2001-04-25 2001-05-01 2001-06-02 2001-08-15"
                + " 2001-11-01 2001-12-08 2001-12-25 2001-12-26",
        // decree-law 5/2011: 17 March 2011 only; Easter Monday 25 April is Liberation Day too (one date)
        "2010, 2010-01-01 2010-01-06 2010-04-04 2010-04-05 2010-04-25 2010-05-01 2010-06-02 2010-08-15"
                + " 2010-11-01 2010-12-08 2010-12-25 2010-12-26",
        "2011, 2011-01-01 2011-01-06 2011-03-17 2011-04-24 2011-04-25 2011-05-01 2011-06-02 2011-08-15"
                + " 2011-11-01 2011-12-08 2011-12-25 2011-12-26",
        "2012, 2012-01-01 2012-01-06 2012-04-08 2012-04-09 2012-04-25 2012-05-01 2012-06-02 2012-08-15"
                + " 2012-11-01 2012-12-08 2012-12-25 2012-12-26",
        "2025, 2025-01-01 2025-01-06 2025-04-20 2025-04-21 2025-04-25 2025-05-01 2025-06-02 2025-08-15"
                + " 2025-11-01 2025-12-08 2025-12-25 2025-12-26",
        // law 151/2025: 4 October (a Sunday in 2026, a Monday in 2027)
        "2026, 2026-01-01 2026-01-06 2026-04-05 2026-04-06 2026-04-25 2026-05-01 2026-06-02 2026-08-15"
                + " 2026-10-04 2026-11-01 2026-12-08 2026-12-25 2026-12-26",
        "2027, 2027-01-01 2027-01-06 2027-03-28 2027-03-29 2027-04-25 2027-05-01 2027-06-02 2027-08-15"
                + " 2027-10-04 2027-11-01 2027-12-08 2027-12-25 2027-12-26"
    })
    void italyByYear(int year, String expected) {
        assertEquals(dates(expected), datesOf(Holidays.italy().holidaysIn(year)));
    }

    /**
     * Review of issue 7: before 1950 {@code Holidays.italy()} answered no holiday at all, a silent wrong
     * answer (the Kingdom and the years 1946 to 1949 had holidays it does not model). It is now known from
     * 1950 and refuses earlier years; a calendar with it starts on 1 January 1950, Rome time.
     */
    @Test
    void italyRefusesTheYearsBeforeLaw260Of1949() {
        assertRule("year", "holidays-known", () -> Holidays.italy().holidaysIn(1949));
        assertRule(
                "year",
                "holidays-known",
                () -> Holidays.italy(MonthDay.of(6, 29)).holidaysIn(1900));
        assertEquals(1950, Holidays.italy().firstKnownYear());
        assertEquals(1950, Holidays.italy(MonthDay.of(6, 29)).firstKnownYear());
        assertEquals(
                LocalDate.of(1950, 1, 1),
                Holidays.italy().holidaysIn(1950).get(0).date());
        java.time.ZoneId rome = java.time.ZoneId.of("Europe/Rome");
        BusinessCalendar office = BusinessCalendar.builder(rome)
                .hours(java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("9:00-17:00"))
                .holidays(Holidays.italy())
                .build();
        java.time.Instant start = java.time.Instant.parse("1949-12-31T23:00:00Z");
        assertEquals(start, office.horizonStart());
        assertEquals(LocalDate.of(1950, 1, 1), office.firstDate());
        assertRule("instant", "within-horizon", () -> office.isWorkingTime(start.minusNanos(1)));
        assertRule("date", "within-horizon", () -> office.isBusinessDay(LocalDate.of(1949, 12, 31)));
        assertRule("year", "within-horizon", () -> office.holidaysIn(1949));
        assertRule(
                "from",
                "within-horizon",
                () -> office.workingTimeBetween(java.time.Instant.parse("1949-06-01T00:00:00Z"), start));
        // Monday 2 January 1950 is the first business day; nothing is found before it
        assertEquals(LocalDate.of(1950, 1, 2), office.addBusinessDays(LocalDate.of(1950, 1, 1), 1));
        assertThrows(NoWorkingTimeException.class, () -> office.subtractBusinessDays(LocalDate.of(1950, 1, 2), 1));
        assertThrows(
                NoWorkingTimeException.class,
                () -> office.previousWorkingInstant(java.time.Instant.parse("1950-01-02T08:00:00Z")));
        assertEquals(java.time.Instant.parse("1950-01-02T08:00:00Z"), office.nextWorkingInstant(start));
        // a union has the narrower horizon of its operands
        BusinessCalendar both =
                BusinessCalendar.twentyFourSeven(java.time.ZoneOffset.UTC).union(office);
        assertEquals(start, both.horizonStart());
        assertEquals(LocalDate.of(1950, 1, 1), both.firstDate());
        assertEquals(
                BusinessCalendar.HORIZON_START,
                BusinessCalendar.twentyFourSeven(rome).horizonStart());
        assertEquals(LocalDate.of(2150, 1, 1), both.lastDate());
    }

    @Test
    void aSetKnownFromAYear() {
        HolidayRule may = HolidayRule.fixed("May Day", MonthDay.of(5, 1));
        Holidays from2000 = Holidays.of(may).knownFrom(2000);
        assertRule("year", "holidays-known", () -> from2000.holidaysIn(1999));
        assertEquals(List.of(new Holiday(LocalDate.of(2000, 5, 1), "May Day")), from2000.holidaysIn(2000));
        assertEquals(Holidays.FIRST_YEAR, Holidays.of(may).firstKnownYear());
        assertNotEquals(Holidays.of(may), from2000);
        assertNotEquals(Holidays.of(may).hashCode(), from2000.hashCode());
        assertEquals(from2000, Holidays.of(may).knownFrom(2000));
        assertEquals(2000, Holidays.of(may).plus(from2000).firstKnownYear());
        assertEquals(2000, from2000.plus(Holidays.of(may).knownFrom(1990)).firstKnownYear());
        assertEquals(2000, from2000.plus(HolidayRule.easter("Easter", 0)).firstKnownYear());
        assertEquals("known-from 2000\n\"May Day\" fixed --05-01", from2000.toString());
        assertEquals("known-from 2000", Holidays.none().knownFrom(2000).toString());
        assertRule("knownFrom", "in-range", () -> Holidays.of(may).knownFrom(Holidays.FIRST_YEAR - 1));
        assertRule("knownFrom", "in-range", () -> Holidays.of(may).knownFrom(Holidays.LAST_YEAR + 1));
        assertEquals(
                Holidays.LAST_YEAR,
                Holidays.of(may).knownFrom(Holidays.LAST_YEAR).firstKnownYear());
        // the rules give nothing for the years before: Saturday 31 December 2022 takes Monday 2 January 2023,
        // pushing Sunday 1 January 2023 to Tuesday 3, unless the set is known from 2023 only
        Holidays yearEnd = Holidays.of(
                HolidayRule.fixed("Eve", MonthDay.of(12, 31)).observed(Observance.NEXT_WORKING_DAY),
                HolidayRule.fixed("New Year", MonthDay.of(1, 1)).observed(Observance.NEXT_WORKING_DAY));
        assertEquals(
                new Holiday(LocalDate.of(2023, 1, 3), "New Year"),
                yearEnd.holidaysIn(2023).get(0));
        assertEquals(
                new Holiday(LocalDate.of(2023, 1, 2), "New Year"),
                yearEnd.knownFrom(2023).holidaysIn(2023).get(0));
    }

    @Test
    void italyNamesItsHolidays() {
        assertEquals(
                List.of(
                        new Holiday(LocalDate.of(2027, 10, 4), "San Francesco d'Assisi"),
                        new Holiday(LocalDate.of(2027, 11, 1), "Ognissanti")),
                Holidays.italy().holidaysIn(2027).subList(8, 10));
        // Rome's patron saint, Sts Peter and Paul, 29 June
        List<Holiday> rome = Holidays.italy(MonthDay.of(6, 29)).holidaysIn(1990);
        assertTrue(rome.contains(new Holiday(LocalDate.of(1990, 6, 29), "Santo patrono")), rome.toString());
        assertEquals(12, rome.size());
        // in 1960 Sts Peter and Paul was a national holiday too: one date, two names
        assertEquals(18, Holidays.italy(MonthDay.of(6, 29)).holidaysIn(1960).size());
        assertThrows(ValidationException.class, () -> Holidays.italy(null));
    }

    // --- UK substitute days -------------------------------------------------------------------------

    /**
     * England and Wales: Banking and Financial Dealings Act 1971, Schedule 1 (Easter Monday, first Monday
     * in May from 1978, last Monday in May, last Monday in August, 26 December, 1 January), Good Friday and
     * Christmas Day by common law; a holiday on a weekend gives a substitute weekday that is not already a
     * bank holiday.
     */
    static final Holidays ENGLAND = Holidays.of(
            HolidayRule.fixed("New Year's Day", MonthDay.of(1, 1)).observed(Observance.NEXT_WORKING_DAY),
            HolidayRule.easter("Good Friday", -2),
            HolidayRule.easter("Easter Monday", 1),
            HolidayRule.nthWeekday("Early May bank holiday", 1, DayOfWeek.MONDAY, Month.MAY),
            HolidayRule.lastWeekday("Spring bank holiday", DayOfWeek.MONDAY, Month.MAY),
            HolidayRule.lastWeekday("Summer bank holiday", DayOfWeek.MONDAY, Month.AUGUST),
            HolidayRule.fixed("Christmas Day", MonthDay.of(12, 25)).observed(Observance.NEXT_WORKING_DAY),
            HolidayRule.fixed("Boxing Day", MonthDay.of(12, 26)).observed(Observance.NEXT_WORKING_DAY),
            HolidayRule.on("Wedding of Prince William", LocalDate.of(2011, 4, 29)));

    /**
     * The bank holidays of England and Wales as published on GOV.UK (https://www.gov.uk/bank-holidays):
     * 2010 and 2021 (Christmas on Saturday, Boxing Day on Sunday: substitutes Monday 27 and Tuesday 28
     * December), 2011 (New Year on Saturday: Monday 3 January; Christmas on Sunday after Boxing Day on
     * Monday: Tuesday 27; the one-off royal wedding on 29 April), 2016 (Christmas on Sunday: Tuesday 27),
     * 2017 (New Year on Sunday: Monday 2 January).
     */
    @ParameterizedTest(name = "England {0}")
    @CsvSource({
        "2010, 2010-01-01 2010-04-02 2010-04-05 2010-05-03 2010-05-31 2010-08-30 2010-12-27 2010-12-28",
        "2011, 2011-01-03 2011-04-22 2011-04-25 2011-04-29 2011-05-02 2011-05-30 2011-08-29 2011-12-26" + " 2011-12-27",
        "2016, 2016-01-01 2016-03-25 2016-03-28 2016-05-02 2016-05-30 2016-08-29 2016-12-26 2016-12-27",
        "2017, 2017-01-02 2017-04-14 2017-04-17 2017-05-01 2017-05-29 2017-08-28 2017-12-25 2017-12-26",
        "2021, 2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28"
    })
    void englandSubstituteDays(int year, String expected) {
        assertEquals(dates(expected), datesOf(ENGLAND.holidaysIn(year)));
    }

    @Test
    void substitutesKeepTheirNames() {
        assertEquals(
                List.of(
                        new Holiday(LocalDate.of(2021, 12, 27), "Christmas Day"),
                        new Holiday(LocalDate.of(2021, 12, 28), "Boxing Day")),
                ENGLAND.holidaysIn(2021).subList(6, 8));
    }

    // --- US federal observed ------------------------------------------------------------------------

    /**
     * US federal holidays, 5 U.S.C. 6103(a): New Year's Day, Birthday of Martin Luther King Jr. (third
     * Monday in January, from 1986), Washington's Birthday (third Monday in February), Memorial Day (last
     * Monday in May), Juneteenth (19 June, from 2021), Independence Day, Labor Day (first Monday in
     * September), Columbus Day (second Monday in October), Veterans Day (11 November), Thanksgiving (fourth
     * Thursday in November), Christmas Day. 6103(b) and Executive Order 11582: a Saturday holiday is
     * observed on the Friday before, a Sunday one on the Monday after.
     */
    static final Holidays US_FEDERAL = Holidays.of(
            HolidayRule.fixed("New Year's Day", MonthDay.of(1, 1)).observed(Observance.NEAREST_WEEKDAY),
            HolidayRule.nthWeekday("Birthday of Martin Luther King, Jr.", 3, DayOfWeek.MONDAY, Month.JANUARY)
                    .validFrom(1986),
            HolidayRule.nthWeekday("Washington's Birthday", 3, DayOfWeek.MONDAY, Month.FEBRUARY),
            HolidayRule.lastWeekday("Memorial Day", DayOfWeek.MONDAY, Month.MAY),
            HolidayRule.fixed("Juneteenth National Independence Day", MonthDay.of(6, 19))
                    .validFrom(2021)
                    .observed(Observance.NEAREST_WEEKDAY),
            HolidayRule.fixed("Independence Day", MonthDay.of(7, 4)).observed(Observance.NEAREST_WEEKDAY),
            HolidayRule.nthWeekday("Labor Day", 1, DayOfWeek.MONDAY, Month.SEPTEMBER),
            HolidayRule.nthWeekday("Columbus Day", 2, DayOfWeek.MONDAY, Month.OCTOBER),
            HolidayRule.fixed("Veterans Day", MonthDay.of(11, 11)).observed(Observance.NEAREST_WEEKDAY),
            HolidayRule.nthWeekday("Thanksgiving Day", 4, DayOfWeek.THURSDAY, Month.NOVEMBER),
            HolidayRule.fixed("Christmas Day", MonthDay.of(12, 25)).observed(Observance.NEAREST_WEEKDAY));

    /**
     * The observed dates from the US Office of Personnel Management's federal holiday tables
     * (https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/). The holidays of 2022 include
     * New Year's Day 2022 (a Saturday), observed on Friday 31 December 2021; those of 2028 include 31
     * December 2027.
     */
    @ParameterizedTest(name = "US federal {0}")
    @CsvSource({
        "2021, 2021-01-01 2021-01-18 2021-02-15 2021-05-31 2021-06-18 2021-07-05 2021-09-06 2021-10-11"
                + " 2021-11-11 2021-11-25 2021-12-24",
        "2022, 2021-12-31 2022-01-17 2022-02-21 2022-05-30 2022-06-20 2022-07-04 2022-09-05 2022-10-10"
                + " 2022-11-11 2022-11-24 2022-12-26",
        "2023, 2023-01-02 2023-01-16 2023-02-20 2023-05-29 2023-06-19 2023-07-04 2023-09-04 2023-10-09"
                + " 2023-11-10 2023-11-23 2023-12-25",
        "2027, 2027-01-01 2027-01-18 2027-02-15 2027-05-31 2027-06-18 2027-07-05 2027-09-06 2027-10-11"
                + " 2027-11-11 2027-11-25 2027-12-24",
        "2028, 2027-12-31 2028-01-17 2028-02-21 2028-05-29 2028-06-19 2028-07-04 2028-09-04 2028-10-09"
                + " 2028-11-10 2028-11-23 2028-12-25"
    })
    void usFederalObserved(int year, String expected) {
        assertEquals(dates(expected), datesOf(US_FEDERAL.holidaysIn(year)));
    }

    /** Validity: no Martin Luther King Day before 1986 (Pub. L. 98-144), no Juneteenth before 2021 (Pub. L. 117-17). */
    @Test
    void rulesAreValidFromTheirYear() {
        assertEquals(9, US_FEDERAL.holidaysIn(1985).size());
        assertTrue(datesOf(US_FEDERAL.holidaysIn(1986)).contains(LocalDate.of(1986, 1, 20)));
        assertEquals(10, US_FEDERAL.holidaysIn(2020).size());
        HolidayRule juneteenth = US_FEDERAL.rules().stream()
                .filter(r -> r.name().startsWith("Juneteenth"))
                .findFirst()
                .orElseThrow();
        assertEquals(Optional.empty(), juneteenth.nominalDateIn(2020));
        assertEquals(Optional.of(LocalDate.of(2021, 6, 19)), juneteenth.nominalDateIn(2021));
        HolidayRule until = HolidayRule.fixed("x", MonthDay.of(3, 19)).validUntil(1976);
        assertEquals(Optional.of(LocalDate.of(1976, 3, 19)), until.nominalDateIn(1976));
        assertEquals(Optional.empty(), until.nominalDateIn(1977));
    }

    /** Each observance, on a Saturday (2021-12-25) and a Sunday (2022-12-25) Christmas. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "NONE, 2021-12-25, 2022-12-25",
        "SATURDAY_TO_FRIDAY, 2021-12-24, 2022-12-25",
        "SUNDAY_TO_MONDAY, 2021-12-25, 2022-12-26",
        "NEAREST_WEEKDAY, 2021-12-24, 2022-12-26",
        "NEXT_WORKING_DAY, 2021-12-27, 2022-12-26"
    })
    void observances(Observance o, LocalDate saturday, LocalDate sunday) {
        Holidays christmas = Holidays.of(
                HolidayRule.fixed("Christmas Day", MonthDay.of(12, 25)).observed(o));
        assertEquals(List.of(new Holiday(saturday, "Christmas Day")), christmas.holidaysIn(2021));
        assertEquals(List.of(new Holiday(sunday, "Christmas Day")), christmas.holidaysIn(2022));
        // a weekday holiday never moves
        assertEquals(List.of(new Holiday(LocalDate.of(2023, 12, 25), "Christmas Day")), christmas.holidaysIn(2023));
    }

    /** A substitute skips weekends and other holidays of the set, and may land in the next year. */
    @Test
    void substitutesSkipTakenDaysAndCrossTheYearEnd() {
        // Saturday 31 December 2022: the next weekday is Monday 2 January 2023
        Holidays eve = Holidays.of(HolidayRule.fixed("Eve", MonthDay.of(12, 31)).observed(Observance.NEXT_WORKING_DAY));
        assertEquals(List.of(new Holiday(LocalDate.of(2023, 1, 2), "Eve")), eve.holidaysIn(2022));
        // Sunday 1 January 2023 with a fixed holiday on Monday 2 January: the substitute is Tuesday 3
        Holidays busy = Holidays.of(
                HolidayRule.fixed("New Year", MonthDay.of(1, 1)).observed(Observance.NEXT_WORKING_DAY),
                HolidayRule.fixed("Second", MonthDay.of(1, 2)));
        assertEquals(
                List.of(
                        new Holiday(LocalDate.of(2023, 1, 2), "Second"),
                        new Holiday(LocalDate.of(2023, 1, 3), "New Year")),
                busy.holidaysIn(2023));
        // a rule 100 days before Easter belongs to Easter's year but falls in the year before
        assertEquals(
                List.of(new Holiday(LocalDate.of(2026, 4, 5).minusDays(100), "x")),
                Holidays.of(HolidayRule.easter("x", -100)).holidaysIn(2026));
    }

    /**
     * Review of issue 7: substitutes collided across the year end. By {@link Observance#NEXT_WORKING_DAY}'s
     * contract a substitute is the next Monday-to-Friday date "not already a holiday of the same set", in date
     * order: Saturday 31 December 2022 takes Monday 2 January 2023, so Sunday 1 January 2023 takes Tuesday 3
     * January, whichever year's rules each comes from.
     */
    @Test
    void substitutesDoNotCollideAcrossTheYearEnd() {
        Holidays eveAndNewYear = Holidays.of(
                HolidayRule.fixed("New Year's Eve", MonthDay.of(12, 31)).observed(Observance.NEXT_WORKING_DAY),
                HolidayRule.fixed("New Year's Day", MonthDay.of(1, 1)).observed(Observance.NEXT_WORKING_DAY));
        assertEquals(
                List.of(new Holiday(LocalDate.of(2023, 1, 2), "New Year's Eve")),
                eveAndNewYear.holidaysIn(2022).stream()
                        .filter(h -> h.name().equals("New Year's Eve"))
                        .toList());
        // Sunday 31 December 2023: Monday 1 January 2024 is New Year's Day itself, so the substitute is Tuesday 2
        assertEquals(
                List.of(
                        new Holiday(LocalDate.of(2023, 1, 3), "New Year's Day"),
                        new Holiday(LocalDate.of(2024, 1, 2), "New Year's Eve")),
                eveAndNewYear.holidaysIn(2023));
        BusinessCalendar london = BusinessCalendar.builder(java.time.ZoneId.of("Europe/London"))
                .hours(java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("9:00-17:00"))
                .holidays(eveAndNewYear)
                .build();
        assertEquals(false, london.isBusinessDay(LocalDate.of(2023, 1, 2)));
        assertEquals(false, london.isBusinessDay(LocalDate.of(2023, 1, 3)));
        assertEquals(true, london.isBusinessDay(LocalDate.of(2023, 1, 4)));
        // a holiday of the next year observed in this one is taken too: with 27 to 30 December 2021 already
        // holidays and New Year's Day 2022 (a Saturday) observed on Friday 31 December 2021, the substitute for
        // Christmas 2021 (a Saturday) is Monday 3 January 2022
        Holidays late = Holidays.of(
                HolidayRule.fixed("Christmas Day", MonthDay.of(12, 25)).observed(Observance.NEXT_WORKING_DAY),
                HolidayRule.fixed("Closed 27", MonthDay.of(12, 27)),
                HolidayRule.fixed("Closed 28", MonthDay.of(12, 28)),
                HolidayRule.fixed("Closed 29", MonthDay.of(12, 29)),
                HolidayRule.fixed("Closed 30", MonthDay.of(12, 30)),
                HolidayRule.fixed("New Year's Day", MonthDay.of(1, 1)).observed(Observance.SATURDAY_TO_FRIDAY));
        assertTrue(late.holidaysIn(2021).contains(new Holiday(LocalDate.of(2022, 1, 3), "Christmas Day")));
        assertTrue(late.holidaysIn(2022).contains(new Holiday(LocalDate.of(2021, 12, 31), "New Year's Day")));
    }

    /**
     * Review of issue 7: {@link Observance#NEXT_WORKING_DAY} across the year end, against the day-walk oracle
     * (which walks the days forward over the rule years from two before to two after), for every Gregorian
     * year: year-end holidays that meet in every weekday combination, with the other observances mixed in.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "\"Eve\" fixed --12-31 observed NEXT_WORKING_DAY;\"New Year\" fixed --01-01 observed NEXT_WORKING_DAY",
                "\"Eve\" fixed --12-31 observed NEXT_WORKING_DAY;\"New Year\" fixed --01-01",
                "\"Eve\" fixed --12-31 observed NEXT_WORKING_DAY;\"New Year\" fixed --01-01 observed NEAREST_WEEKDAY"
                        + ";\"Second\" fixed --01-02 observed NEXT_WORKING_DAY",
                "\"Christmas\" fixed --12-25 observed NEXT_WORKING_DAY;\"Boxing\" fixed --12-26 observed"
                        + " NEXT_WORKING_DAY;\"Closed 27\" fixed --12-27;\"Closed 28\" fixed --12-28;\"Closed 29\""
                        + " fixed --12-29;\"Closed 30\" fixed --12-30;\"New Year\" fixed --01-01 observed"
                        + " SATURDAY_TO_FRIDAY;\"Eve\" fixed --12-31 observed NEXT_WORKING_DAY",
                "\"Last Friday\" last-weekday FRIDAY DECEMBER observed NEXT_WORKING_DAY;\"First Monday\" nth-weekday"
                        + " 1 MONDAY JANUARY;\"Eve\" fixed --12-31 observed SUNDAY_TO_MONDAY;\"Sat\" fixed --01-02"
                        + " observed NEXT_WORKING_DAY"
            })
    void nextWorkingDayAcrossTheYearEndAgreesWithTheDayWalk(String rules) {
        Holidays set = Holidays.of(
                Arrays.stream(rules.split(";")).map(HolidayRule::parse).toList());
        for (int year = Holidays.FIRST_YEAR; year <= Holidays.LAST_YEAR; year++) {
            assertEquals(DayWalkHolidays.observedIn(set, year), Set.copyOf(datesOf(set.holidaysIn(year))), "" + year);
        }
    }

    // --- rule kinds, values and text ----------------------------------------------------------------

    @Test
    void ruleKinds() {
        assertEquals(
                Optional.of(LocalDate.of(2026, 11, 26)),
                HolidayRule.nthWeekday("x", 4, DayOfWeek.THURSDAY, Month.NOVEMBER)
                        .nominalDateIn(2026));
        assertEquals(
                Optional.of(LocalDate.of(2026, 5, 25)),
                HolidayRule.lastWeekday("x", DayOfWeek.MONDAY, Month.MAY).nominalDateIn(2026));
        assertEquals(
                Optional.of(LocalDate.of(2024, 2, 29)),
                HolidayRule.fixed("x", MonthDay.of(2, 29)).nominalDateIn(2024));
        assertEquals(
                Optional.empty(), HolidayRule.fixed("x", MonthDay.of(2, 29)).nominalDateIn(2026));
        assertEquals(
                Optional.of(LocalDate.of(2026, 4, 3)),
                HolidayRule.easter("x", -2).nominalDateIn(2026));
        assertEquals(
                Optional.of(LocalDate.of(2026, 5, 14)),
                HolidayRule.easter("x", 39).nominalDateIn(2026));
        assertEquals(
                Optional.of(LocalDate.of(2026, 8, 14)),
                HolidayRule.on("x", LocalDate.of(2026, 8, 14)).nominalDateIn(2026));
        assertEquals(
                Optional.empty(), HolidayRule.on("x", LocalDate.of(2026, 8, 14)).nominalDateIn(2027));
    }

    @Test
    void badRulesAreRejectedNamingTheField() {
        assertRule("rule.days", "in-range", () -> HolidayRule.easter("x", 101));
        assertEquals(
                new HolidayRule.EasterRelative(100),
                HolidayRule.easter("x", 100).when());
        assertEquals(
                new HolidayRule.EasterRelative(-100),
                HolidayRule.easter("x", -100).when());
        assertRule("rule.days", "in-range", () -> HolidayRule.easter("x", -101));
        assertRule("rule.ordinal", "in-range", () -> HolidayRule.nthWeekday("x", 5, DayOfWeek.MONDAY, Month.MAY));
        assertRule("rule.ordinal", "in-range", () -> HolidayRule.nthWeekday("x", 0, DayOfWeek.MONDAY, Month.MAY));
        assertRule("rule.day", "required", () -> HolidayRule.nthWeekday("x", 1, null, Month.MAY));
        assertRule("rule.month", "required", () -> HolidayRule.nthWeekday("x", 1, DayOfWeek.MONDAY, null));
        assertRule("rule.day", "required", () -> HolidayRule.lastWeekday("x", null, Month.MAY));
        assertRule("rule.month", "required", () -> HolidayRule.lastWeekday("x", DayOfWeek.MONDAY, null));
        assertRule("rule.monthDay", "required", () -> HolidayRule.fixed("x", null));
        assertRule("rule.date", "required", () -> HolidayRule.on("x", null));
        assertRule("rule.name", "not-blank", () -> HolidayRule.fixed(" ", MonthDay.of(1, 1)));
        assertRule("rule.name", "required", () -> HolidayRule.fixed(null, MonthDay.of(1, 1)));
        assertRule("rule.name", "one-line", () -> HolidayRule.fixed("a\nb", MonthDay.of(1, 1)));
        assertRule("rule.name", "max-length", () -> HolidayRule.fixed("x".repeat(201), MonthDay.of(1, 1)));
        HolidayRule.fixed("x".repeat(200), MonthDay.of(1, 1));
        assertRule(
                "rule.observance",
                "required",
                () -> HolidayRule.fixed("x", MonthDay.of(1, 1)).observed(null));
        assertRule(
                "rule.untilYear",
                "from-not-after-until",
                () -> HolidayRule.fixed("x", MonthDay.of(1, 1)).validFrom(2000).validUntil(1999));
        assertRule(
                "rule.untilYear",
                "from-not-after-until",
                () -> HolidayRule.fixed("x", MonthDay.of(1, 1)).validUntil(1999).validFrom(2000));
        HolidayRule.fixed("x", MonthDay.of(1, 1)).validFrom(2000).validUntil(2000);
        assertRule("rules", "required", () -> Holidays.of((HolidayRule[]) null));
        assertRule("rules[1]", "required", () -> Holidays.of(HolidayRule.fixed("x", MonthDay.of(1, 1)), null));
        assertRule("holidays", "required", () -> Holidays.none().plus((Holidays) null));
        assertRule("holiday.date", "required", () -> new Holiday(null, "x"));
        assertRule("other", "required", () -> new Holiday(LocalDate.MIN, "x").compareTo(null));
    }

    private static void assertRule(String path, String rule, Runnable call) {
        ValidationException e = assertThrows(ValidationException.class, call::run);
        assertEquals(path, e.violations().get(0).path(), e.getMessage());
        assertEquals(rule, e.violations().get(0).rule(), e.getMessage());
    }

    @Test
    void setsAreValuesInCanonicalOrder() {
        HolidayRule a = HolidayRule.fixed("A", MonthDay.of(5, 1));
        HolidayRule b = HolidayRule.easter("B", 1);
        assertEquals(Holidays.of(a, b), Holidays.of(b, a, b));
        assertEquals(List.of(a, b), Holidays.of(b, a).rules());
        assertEquals(Holidays.of(a, b).hashCode(), Holidays.of(b, a).hashCode());
        assertNotEquals(Holidays.of(a), Holidays.of(b));
        assertNotEquals(Holidays.of(a).hashCode(), Holidays.of(b).hashCode());
        assertEquals(Holidays.of(a, b), Holidays.of(a).plus(b));
        assertEquals(Holidays.of(a, b), Holidays.of(a).plus(Holidays.of(b)));
        assertTrue(Holidays.none().isEmpty());
        assertTrue(!Holidays.italy().isEmpty());
        assertTrue(Holidays.of().isEmpty());
        assertEquals(Holidays.none(), Holidays.of(List.of()));
        assertEquals("\"A\" fixed --05-01\n\"B\" easter +1", Holidays.of(b, a).toString());
        assertEquals(Holidays.italy(), Holidays.italy());
        assertEquals(21, Holidays.italy().rules().size());
    }

    /** The rule text form, in the cases its grammar lists. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "\"Christmas Day\" fixed --12-25 observed NEXT_WORKING_DAY",
                "\"Epifania\" fixed --01-06 from 1950 until 1977",
                "\"Epifania\" fixed --01-06 from 1986",
                "\"Good Friday\" easter -2",
                "\"Pasqua\" easter +0",
                "\"Thanksgiving\" nth-weekday 4 THURSDAY NOVEMBER",
                "\"Memorial Day\" last-weekday MONDAY MAY",
                "\"Closure\" date 2026-08-14 until 2030",
                "\"Say \\\"hi\\\" \\\\ bye\" date +999999999-12-31",
                "\"Lunedì dell'Angelo\" easter +1 from 1950 until 2000 observed SUNDAY_TO_MONDAY"
            })
    void ruleTextRoundTrips(String text) {
        assertEquals(text, HolidayRule.parse(text).toString());
    }

    @Test
    void ruleTextIsReadLeniently() {
        assertEquals(
                HolidayRule.nthWeekday("T", 4, DayOfWeek.THURSDAY, Month.NOVEMBER),
                HolidayRule.parse("  \"T\"   nth-weekday 4 thursday november "));
        assertEquals(HolidayRule.easter("E", 1), HolidayRule.parse("\"E\" easter 1"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "fixed --12-25",
                "\"x\"",
                "\"x\" yearly --12-25",
                "\"x\" fixed 12-25",
                "\"x\" fixed --02-30",
                "\"x\" easter one",
                "\"x\" nth-weekday 4 THURSDAY",
                "\"x\" nth-weekday four THURSDAY NOVEMBER",
                "\"x\" last-weekday MONDAY MAYBE",
                "\"x\" date 2026-02-30",
                "\"x\" fixed --12-25 from",
                "\"x\" fixed --12-25 from 20x6",
                "\"x\" fixed --12-25 observed SOMETIMES",
                "\"x\" fixed --12-25 until 2000 from 1990",
                "\"x\" fixed --12-25 extra",
                "\"x\" fixed --12-25 \"y\"",
                "\"x fixed --12-25",
                "\"x\\y\" fixed --12-25",
                "\"x\\",
                "x\"y\" fixed --12-25"
            })
    void badRuleTextIsASyntaxError(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> HolidayRule.parse(text));
        assertEquals("rule", e.violations().get(0).path(), e.getMessage());
        assertEquals("syntax", e.violations().get(0).rule(), e.getMessage());
        assertEquals(text, e.violations().get(0).offendingValue());
    }

    @Test
    void outOfRangeValuesInTextBreakTheirRule() {
        assertRule("rule.days", "in-range", () -> HolidayRule.parse("\"x\" easter +101"));
        assertRule("rule.ordinal", "in-range", () -> HolidayRule.parse("\"x\" nth-weekday 5 MONDAY MAY"));
        assertRule(
                "rule.untilYear",
                "from-not-after-until",
                () -> HolidayRule.parse("\"x\" easter +1 from 2000 until 1999"));
        assertRule("rule", "required", () -> HolidayRule.parse(null));
    }
}
