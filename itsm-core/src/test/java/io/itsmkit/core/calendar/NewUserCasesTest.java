package io.itsmkit.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.calendar.spi.Holiday;
import io.itsmkit.core.calendar.spi.HolidaySource;
import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cases issue 7 found when the calendar was tried as a new user would, one test per finding. */
class NewUserCasesTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final BusinessCalendar NINE_TO_FIVE =
            BusinessCalendar.weekdays(ROME, TimeWindow.parse("09:00-17:00"));

    private static Instant rome(String local) {
        return LocalDateTime.parse(local).atZone(ROME).toInstant();
    }

    private static BusinessCalendar.Builder officeWithRota() {
        return BusinessCalendar.builder(ROME)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("09:00-17:00"))
                .hours(DayOfWeek.SATURDAY, TimeWindow.parse("22:00-06:00"));
    }

    // --- business days are their own definition ------------------------------------------------------

    /** "One Saturday 22:00-06:00 on-call window makes Saturday and Sunday business days." */
    @Test
    void anOnCallRotaWithMondayToFridayBusinessDays() {
        BusinessCalendar desk = officeWithRota()
                .businessDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
                .build();
        // Friday 5 June 2026 10:00 + 1 business day is Monday 10:00, not Saturday 22:00
        assertEquals(rome("2026-06-08T10:00"), desk.addBusinessDays(rome("2026-06-05T10:00"), 1));
        assertFalse(desk.isBusinessDay(LocalDate.of(2026, 6, 6)));
        assertFalse(desk.isBusinessDay(LocalDate.of(2026, 6, 7)));
        assertTrue(desk.isBusinessDay(LocalDate.of(2026, 6, 8)));
        // the rota is still working time
        assertTrue(desk.isWorkingTime(rome("2026-06-07T03:00")));
        // by default the weekdays with windows starting on them count: Saturday (the rota starts then), not Sunday
        BusinessCalendar byDefault = officeWithRota().build();
        assertTrue(byDefault.isBusinessDay(LocalDate.of(2026, 6, 6)));
        assertFalse(byDefault.isBusinessDay(LocalDate.of(2026, 6, 7)));
        assertEquals(rome("2026-06-06T10:00"), byDefault.addBusinessDays(rome("2026-06-05T10:00"), 1));
    }

    /** "No way back in time: no negative business days, no previousWorkingInstant, no previous transition." */
    @Test
    void backInTime() {
        assertEquals(rome("2026-06-05T10:00"), NINE_TO_FIVE.addBusinessDays(rome("2026-06-08T10:00"), -1));
        assertEquals(rome("2026-06-05T10:00"), NINE_TO_FIVE.subtractBusinessDays(rome("2026-06-08T10:00"), 1));
        // from a Saturday, one business day back is Friday, one forward Monday
        assertEquals(LocalDate.of(2026, 6, 5), NINE_TO_FIVE.subtractBusinessDays(LocalDate.of(2026, 6, 6), 1));
        assertEquals(LocalDate.of(2026, 6, 8), NINE_TO_FIVE.addBusinessDays(LocalDate.of(2026, 6, 6), 1));
        assertEquals(LocalDate.of(2026, 6, 6), NINE_TO_FIVE.addBusinessDays(LocalDate.of(2026, 6, 6), 0));
        assertEquals(LocalDate.of(2026, 6, 8), NINE_TO_FIVE.subtractBusinessDays(LocalDate.of(2026, 6, 5), -1));
        // Saturday noon: the desk last worked up to Friday 17:00, which is also the last change
        assertEquals(rome("2026-06-05T17:00"), NINE_TO_FIVE.previousWorkingInstant(rome("2026-06-06T12:00")));
        assertEquals(Optional.of(rome("2026-06-05T17:00")), NINE_TO_FIVE.previousTransition(rome("2026-06-06T12:00")));
        // Monday 10:00: working time runs up to it; the last change was 09:00
        assertEquals(rome("2026-06-08T10:00"), NINE_TO_FIVE.previousWorkingInstant(rome("2026-06-08T10:00")));
        assertEquals(Optional.of(rome("2026-06-08T09:00")), NINE_TO_FIVE.previousTransition(rome("2026-06-08T10:00")));
        // exactly at 09:00 nothing has been worked yet; at 17:00 the day's work runs up to it
        assertEquals(rome("2026-06-05T17:00"), NINE_TO_FIVE.previousWorkingInstant(rome("2026-06-08T09:00")));
        assertEquals(Optional.of(rome("2026-06-05T17:00")), NINE_TO_FIVE.previousTransition(rome("2026-06-08T09:00")));
        assertEquals(rome("2026-06-05T17:00"), NINE_TO_FIVE.previousWorkingInstant(rome("2026-06-05T17:00")));
        assertEquals(Optional.of(rome("2026-06-05T09:00")), NINE_TO_FIVE.previousTransition(rome("2026-06-05T17:00")));
    }

    /** The local time is kept across clock changes as ZonedDateTime.ofLocal keeps it: later by a gap, the start's offset in an overlap. */
    @Test
    void businessDaysAcrossClockChanges() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(ROME);
        // Sunday 29 March 2026 has no 02:30 in Rome: 03:30 CEST
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), always.addBusinessDays(rome("2026-03-28T02:30"), 1));
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), always.subtractBusinessDays(rome("2026-03-30T02:30"), 1));
        // Sunday 25 October 2026 has 02:30 twice: from CEST the first, from CET the second
        assertEquals(
                Instant.parse("2026-10-25T00:30:00Z"),
                always.addBusinessDays(Instant.parse("2026-10-24T00:30:00Z"), 1));
        assertEquals(
                Instant.parse("2026-10-25T01:30:00Z"),
                always.subtractBusinessDays(Instant.parse("2026-10-26T01:30:00Z"), 1));
        assertEquals(
                Instant.parse("2026-10-26T01:30:00Z"),
                always.addBusinessDays(Instant.parse("2026-10-25T00:30:00Z"), 1));
        assertEquals(
                Instant.parse("2026-10-26T01:30:00Z"),
                always.addBusinessDays(Instant.parse("2026-10-25T01:30:00Z"), 1));
        // and the summer offset is kept into the next summer, ten years on (past the zone's listed transitions)
        assertEquals(rome("2037-07-01T10:00"), always.addBusinessDays(rome("2026-07-01T10:00"), 4018));
        assertEquals(rome("2026-07-01T10:00"), always.subtractBusinessDays(rome("2037-07-01T10:00"), 4018));
        // a zone that skipped a whole day: Samoa went from 29 to 31 December 2011. Business days are dates, so
        // Friday 30 December still counts; its noon does not exist and is moved on by the 24 h gap
        BusinessCalendar apia = BusinessCalendar.twentyFourSeven(ZoneId.of("Pacific/Apia"));
        assertEquals(LocalDate.of(2011, 12, 30), apia.addBusinessDays(LocalDate.of(2011, 12, 29), 1));
        assertEquals(
                LocalDateTime.parse("2011-12-31T12:00")
                        .atZone(ZoneId.of("Pacific/Apia"))
                        .toInstant(),
                apia.addBusinessDays(
                        LocalDateTime.parse("2011-12-29T12:00")
                                .atZone(ZoneId.of("Pacific/Apia"))
                                .toInstant(),
                        1));
    }

    @Test
    void businessDaysBetween() {
        LocalDate fri = LocalDate.of(2026, 6, 5);
        assertEquals(1, NINE_TO_FIVE.businessDaysBetween(fri, fri.plusDays(3)));
        assertEquals(1, NINE_TO_FIVE.businessDaysBetween(fri.plusDays(1), fri.plusDays(3)));
        assertEquals(0, NINE_TO_FIVE.businessDaysBetween(fri, fri.plusDays(2)));
        assertEquals(4, NINE_TO_FIVE.businessDaysBetween(fri.plusDays(3), fri.plusDays(8)));
        assertEquals(-1, NINE_TO_FIVE.businessDaysBetween(fri.plusDays(3), fri));
        assertEquals(0, NINE_TO_FIVE.businessDaysBetween(fri, fri));
        // across years: 2026 has 261 weekdays; from 31 Dec 2025 to 31 Dec 2026
        assertEquals(261, NINE_TO_FIVE.businessDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)));
        assertEquals(
                261 + 261 + 2,
                NINE_TO_FIVE.businessDaysBetween(LocalDate.of(2025, 12, 29), LocalDate.of(2027, 12, 31)));
        BusinessCalendar rome = BusinessCalendar.weekdays(ROME, TimeWindow.parse("09:00-17:00"))
                .intersection(BusinessCalendar.builder(ROME)
                        .hours(EnumSet.allOf(DayOfWeek.class), TimeWindow.parse("00:00-24:00"))
                        .holidays(Holidays.italy())
                        .build());
        // over Easter 2026: Friday 3 April and Tuesday 7 April
        assertEquals(2, rome.businessDaysBetween(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 7)));
    }

    /** "addBusinessDays walks day by day (10,000 days: 95 ms)": now per year; 10,000 weekdays are 2,000 weeks. */
    @Test
    void tenThousandBusinessDays() {
        Instant start = rome("2026-06-05T10:00");
        assertEquals(
                LocalDate.of(2026, 6, 5)
                        .plusWeeks(2000)
                        .atTime(10, 0)
                        .atZone(ROME)
                        .toInstant(),
                NINE_TO_FIVE.addBusinessDays(start, 10_000));
        assertEquals(start, NINE_TO_FIVE.subtractBusinessDays(NINE_TO_FIVE.addBusinessDays(start, 10_000), 10_000));
        assertEquals(
                10_000,
                NINE_TO_FIVE.businessDaysBetween(
                        LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 5).plusWeeks(2000)));
    }

    // --- holidays with history and observance ---------------------------------------------------------

    /** "Holidays.italy() is wrong for 2026 and later, and for the past." Dates: see {@link HolidaysTest#italyByYear}. */
    @Test
    void italyThroughTheYears() {
        BusinessCalendar office = BusinessCalendar.builder(ROME)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("09:00-17:00"))
                .holidays(Holidays.italy())
                .build();
        // 1980: 2 June (a Monday) was no holiday from 1977 to 2000, nor 19 March (a Wednesday)
        assertTrue(office.isBusinessDay(LocalDate.of(1980, 6, 2)));
        assertTrue(office.isBusinessDay(LocalDate.of(1980, 3, 19)));
        assertFalse(office.isBusinessDay(LocalDate.of(1980, 4, 7)));
        // 1983: 6 January (a Thursday) was no holiday from 1978 to 1985; from 1986 it is again
        assertTrue(office.isBusinessDay(LocalDate.of(1983, 1, 6)));
        assertFalse(office.isBusinessDay(LocalDate.of(1987, 1, 6)));
        // 1990: 29 June (a Friday) had stopped being a national holiday in 1977
        assertTrue(office.isBusinessDay(LocalDate.of(1990, 6, 29)));
        assertFalse(office.isBusinessDay(LocalDate.of(1976, 6, 29)));
        // 2000: 2 June (a Friday) still a working day; 2001: a holiday again (a Saturday that year)
        assertTrue(office.isBusinessDay(LocalDate.of(2000, 6, 2)));
        assertTrue(office.holidaysIn(2001).contains(new Holiday(LocalDate.of(2001, 6, 2), "Festa della Repubblica")));
        assertFalse(office.isBusinessDay(LocalDate.of(2003, 6, 2)));
        // 2026: 4 October is a holiday again (a Sunday); 2027: Monday 4 October is closed
        assertTrue(office.holidaysIn(2026).contains(new Holiday(LocalDate.of(2026, 10, 4), "San Francesco d'Assisi")));
        assertFalse(office.isBusinessDay(LocalDate.of(2027, 10, 4)));
        assertTrue(office.isBusinessDay(LocalDate.of(2025, 10, 3)));
        assertEquals(Duration.ZERO, office.workingTimeBetween(rome("2027-10-04T00:00"), rome("2027-10-05T00:00")));
        assertEquals(
                Duration.ofHours(8), office.workingTimeBetween(rome("2027-10-05T00:00"), rome("2027-10-06T00:00")));
    }

    /** "No observed rules; a host wrote about 60 lines for US federal holidays." Now 11 rules as data. */
    @Test
    void usFederalObservedDaysCloseTheDesk() {
        ZoneId ny = ZoneId.of("America/New_York");
        BusinessCalendar federal = BusinessCalendar.builder(ny)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("08:00-16:30"))
                .holidays(HolidaysTest.US_FEDERAL)
                .build();
        // New Year's Day 2022 (a Saturday) is observed on Friday 31 December 2021
        assertFalse(federal.isBusinessDay(LocalDate.of(2021, 12, 31)));
        assertTrue(federal.holidaysIn(2021).contains(new Holiday(LocalDate.of(2021, 12, 31), "New Year's Day")));
        assertEquals(LocalDate.of(2022, 1, 3), federal.addBusinessDays(LocalDate.of(2021, 12, 30), 1));
        // Christmas 2022 (a Sunday) is observed on Monday 26 December
        assertFalse(federal.isBusinessDay(LocalDate.of(2022, 12, 26)));
    }

    // --- host sources cannot corrupt results --------------------------------------------------------

    /** The observed New Year, reported in the next year's answer, every year. */
    private static final HolidaySource OBSERVED_NEW_YEAR =
            year -> List.of(new Holiday(LocalDate.of(year - 1, 12, 31), "New Year's Day (observed)"));

    /**
     * "A host source that reports the observed New Year (31 December) in the next year's answer gave
     * 2021-12-31 fully closed, but 2053-12-31 open 08:00-08:22:08, because a cache block ends at 08:22:08."
     */
    @Test
    void theObservedNewYearReportedInTheNextYear() {
        BusinessCalendar desk = BusinessCalendar.builder(ROME)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("08:00-18:00"))
                .holidays("observed-new-year", OBSERVED_NEW_YEAR)
                .build();
        for (int year : new int[] {2021, 2053, 1999, 2149}) {
            LocalDate eve = LocalDate.of(year, 12, 31);
            Instant from = eve.atStartOfDay(ROME).toInstant();
            Instant to = eve.plusDays(1).atStartOfDay(ROME).toInstant();
            assertEquals(Duration.ZERO, desk.workingTimeBetween(from, to), eve.toString());
            assertFalse(desk.isBusinessDay(eve), eve.toString());
            assertEquals(List.of(new Holiday(eve, "New Year's Day (observed)")), desk.holidaysIn(year), eve.toString());
        }
        // the day before is open all day
        Instant dec30 = LocalDate.of(2053, 12, 30).atStartOfDay(ROME).toInstant();
        assertEquals(Duration.ofHours(10), desk.workingTimeBetween(dec30, dec30.plus(Duration.ofDays(1))));
    }

    @Test
    void aDateFarFromTheYearAskedIsRejectedNamingSourceZoneAndYear() {
        HolidaySource wrong = year -> List.of(new Holiday(LocalDate.of(year + 2, 1, 1), "later"));
        BusinessCalendar desk = BusinessCalendar.builder(ROME)
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("09:00-17:00"))
                .holidays("wrong-years", wrong)
                .build();
        HolidaySourceException e =
                assertThrows(HolidaySourceException.class, () -> desk.isWorkingTime(rome("2026-06-08T10:00")));
        assertEquals("wrong-years", e.source());
        assertEquals(ROME, e.zone());
        assertTrue(e.year() >= 2024 && e.year() <= 2028, e.getMessage());
        assertTrue(e.getMessage().contains("\"wrong-years\""), e.getMessage());
        assertTrue(e.getMessage().contains("Europe/Rome"), e.getMessage());
        assertTrue(e.getMessage().contains("asked for " + e.year()), e.getMessage());
        assertTrue(e.getMessage().contains("-01-01"), e.getMessage());
        assertTrue(e.getMessage().contains("outside " + (e.year() - 1) + " to " + (e.year() + 1)), e.getMessage());
    }

    @Test
    void badAnswersAreRejectedNamingTheSource() {
        List<Holiday> holdingNull = new ArrayList<>();
        holdingNull.add(null);
        for (HolidaySource bad : List.<HolidaySource>of(year -> null, year -> holdingNull)) {
            BusinessCalendar desk = BusinessCalendar.builder(ROME)
                    .hours(DayOfWeek.MONDAY, TimeWindow.parse("09:00-17:00"))
                    .holidays("bad", bad)
                    .build();
            HolidaySourceException e =
                    assertThrows(HolidaySourceException.class, () -> desk.isBusinessDay(LocalDate.of(2026, 6, 8)));
            assertEquals("bad", e.source());
            assertTrue(e.getMessage().contains("null"), e.getMessage());
        }
    }

    /** "Exceptions from a host source reach addWorkingTime raw, naming neither the calendar nor the year." */
    @Test
    void exceptionsFromASourceAreWrappedAndNotKept() {
        AtomicInteger calls = new AtomicInteger();
        HolidaySource flaky = year -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("holiday service down");
            }
            return List.of();
        };
        BusinessCalendar desk = BusinessCalendar.builder(ROME)
                .hours(DayOfWeek.MONDAY, TimeWindow.parse("09:00-17:00"))
                .holidays("holiday-service", flaky)
                .build();
        Instant t = rome("2026-06-08T10:00");
        HolidaySourceException e =
                assertThrows(HolidaySourceException.class, () -> desk.addWorkingTime(t, Duration.ofHours(1)));
        assertTrue(e.getCause() instanceof IllegalStateException);
        assertTrue(e.getMessage().contains("holiday service down"), e.getMessage());
        assertTrue(e.getMessage().contains("Europe/Rome"), e.getMessage());
        assertEquals("holiday-service", e.source());
        // the failure is not kept: the next use asks again, and succeeds
        assertEquals(rome("2026-06-08T11:00"), desk.addWorkingTime(t, Duration.ofHours(1)));
    }

    /** "The Javadoc says a source is asked once per year; it is asked about twice." Now at most once, under contention. */
    @Test
    void aSourceIsAskedAtMostOncePerYear() throws Exception {
        Map<Integer, AtomicInteger> asked = new ConcurrentHashMap<>();
        HolidaySource counting = year -> {
            asked.computeIfAbsent(year, y -> new AtomicInteger()).incrementAndGet();
            return List.of(new Holiday(LocalDate.of(year, 12, 31), "eve"));
        };
        BusinessCalendar desk = BusinessCalendar.builder(ROME)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("09:00-17:00"))
                .holidays("counting", counting)
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    for (int y = 2020; y <= 2030; y++) {
                        desk.isBusinessDay(LocalDate.of(y, 6, 1));
                        desk.holidaysIn(y);
                        desk.addWorkingTime(rome(y + "-06-01T10:00"), Duration.ofDays(100));
                        desk.addBusinessDays(rome(y + "-06-01T10:00"), 300);
                    }
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(asked.keySet().containsAll(List.of(2019, 2020, 2025, 2030, 2031)), asked.toString());
        asked.forEach((year, n) -> assertEquals(1, n.get(), "asked for " + year + " " + n + " times"));
    }

    // --- a calendar can be inspected and stored -------------------------------------------------------

    @Test
    void aYearsHolidaysWithTheirNames() {
        BusinessCalendar office = BusinessCalendar.builder(ROME)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("09:00-17:00"))
                .holidays(Holidays.italy(MonthDay.of(6, 29)))
                .holidays("closures", year -> List.of(new Holiday(LocalDate.of(year, 8, 14), "Ponte di Ferragosto")))
                .build();
        List<Holiday> h2026 = office.holidaysIn(2026);
        assertEquals(15, h2026.size());
        assertEquals(new Holiday(LocalDate.of(2026, 1, 1), "Capodanno"), h2026.get(0));
        assertTrue(h2026.contains(new Holiday(LocalDate.of(2026, 6, 29), "Santo patrono")));
        assertTrue(h2026.contains(new Holiday(LocalDate.of(2026, 8, 14), "Ponte di Ferragosto")));
        assertEquals(new Holiday(LocalDate.of(2026, 12, 26), "Santo Stefano"), h2026.get(14));
        // a union lists both operands' holidays
        BusinessCalendar both = office.union(BusinessCalendar.builder(ROME)
                .holidays(Holidays.of(HolidayRule.on("Inventory", LocalDate.of(2026, 3, 3))))
                .build());
        assertEquals(16, both.holidaysIn(2026).size());
        ValidationException e = assertThrows(ValidationException.class, () -> office.holidaysIn(1898));
        assertEquals("within-horizon", e.violations().get(0).rule());
        assertThrows(ValidationException.class, () -> office.holidaysIn(2151));
    }

    // --- the horizon end is closed --------------------------------------------------------------------

    /** "twentyFourSeven(UTC).addWorkingTime(2149-12-31T23:00Z, PT1H) returns 2150-01-01T00:00Z, which it then rejects." */
    @Test
    void everyInstantReturnedIsAccepted() {
        BusinessCalendar always = BusinessCalendar.twentyFourSeven(ZoneOffset.UTC);
        Instant lastHour = Instant.parse("2149-12-31T23:00:00Z");
        Instant end = always.addWorkingTime(lastHour, Duration.ofHours(1));
        assertEquals(BusinessCalendar.HORIZON_END, end);
        assertFalse(always.isWorkingTime(end));
        assertEquals(Duration.ofHours(1), always.workingTimeBetween(lastHour, end));
        assertEquals(end, always.previousWorkingInstant(end));
        assertEquals(Optional.empty(), always.nextTransition(end));
        assertEquals(Optional.empty(), always.previousTransition(end));
        assertThrows(NoWorkingTimeException.class, () -> always.nextWorkingInstant(end));
        assertThrows(NoWorkingTimeException.class, () -> always.addWorkingTime(lastHour, Duration.ofMinutes(61)));
        assertEquals(lastHour, always.subtractWorkingTime(end, Duration.ofHours(1)));
        assertThrows(NoWorkingTimeException.class, () -> always.addBusinessDays(lastHour, 1));
        assertEquals(LocalDate.of(2150, 1, 1), always.addBusinessDays(LocalDate.of(2149, 12, 31), 1));
        assertTrue(always.isBusinessDay(LocalDate.of(2150, 1, 1)));
        assertThrows(NoWorkingTimeException.class, () -> always.addBusinessDays(LocalDate.of(2149, 12, 31), 2));
        assertEquals(
                BusinessCalendar.HORIZON_START,
                always.subtractWorkingTime(BusinessCalendar.HORIZON_START.plusSeconds(5), Duration.ofSeconds(5)));
        assertThrows(NoWorkingTimeException.class, () -> always.previousWorkingInstant(BusinessCalendar.HORIZON_START));
        assertThrows(
                NoWorkingTimeException.class, () -> always.subtractBusinessDays(BusinessCalendar.HORIZON_START, 1));
        assertEquals(LocalDate.of(1900, 1, 1), always.subtractBusinessDays(LocalDate.of(1900, 1, 2), 1));
        assertThrows(NoWorkingTimeException.class, () -> always.subtractBusinessDays(LocalDate.of(1900, 1, 2), 2));
    }

    // --- issue 6: bad input never leaks -----------------------------------------------------------------

    @Test
    void extremeDatesAndCountsGiveItsmExceptions() {
        for (LocalDate d :
                new LocalDate[] {LocalDate.MAX, LocalDate.MIN, LocalDate.of(2150, 1, 2), LocalDate.of(1899, 12, 31)}) {
            ValidationException e = assertThrows(ValidationException.class, () -> NINE_TO_FIVE.isBusinessDay(d));
            assertEquals("within-horizon", e.violations().get(0).rule(), d.toString());
            assertEquals("date", e.violations().get(0).path());
            assertThrows(ValidationException.class, () -> NINE_TO_FIVE.addBusinessDays(d, 1));
            assertThrows(ValidationException.class, () -> NINE_TO_FIVE.subtractBusinessDays(d, 1));
            assertEquals(
                    "to",
                    assertThrows(
                                    ValidationException.class,
                                    () -> NINE_TO_FIVE.businessDaysBetween(LocalDate.of(2026, 1, 1), d))
                            .violations()
                            .get(0)
                            .path());
        }
        Instant t = rome("2026-06-05T10:00");
        LocalDate day = LocalDate.of(2026, 6, 5);
        for (int n : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE + 1}) {
            assertThrows(NoWorkingTimeException.class, () -> NINE_TO_FIVE.addBusinessDays(t, n));
            assertThrows(NoWorkingTimeException.class, () -> NINE_TO_FIVE.subtractBusinessDays(t, n));
            assertThrows(NoWorkingTimeException.class, () -> NINE_TO_FIVE.addBusinessDays(day, n));
            assertThrows(NoWorkingTimeException.class, () -> NINE_TO_FIVE.subtractBusinessDays(day, n));
        }
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.addBusinessDays(Instant.MAX, 1));
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.subtractBusinessDays((Instant) null, 1));
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.previousWorkingInstant(Instant.MIN));
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.previousTransition(null));
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.holidaysIn(Integer.MIN_VALUE));
        assertThrows(ValidationException.class, () -> NINE_TO_FIVE.holidaysIn(Integer.MAX_VALUE));
        // the whole horizon: from Monday 1900-01-01 to 2150-01-01 are 91,311 days (61 leap years), 13,044
        // weeks and 3 days (Tuesday to Thursday)
        assertEquals(
                13_044 * 5 + 3,
                NINE_TO_FIVE.businessDaysBetween(LocalDate.of(1899, 12, 31).plusDays(1), LocalDate.of(2150, 1, 1)));
        assertSame(NINE_TO_FIVE.definition(), NINE_TO_FIVE.definition());
    }

    @Test
    void builderRejectsBadHostSources() {
        BusinessCalendar.Builder b = BusinessCalendar.builder(ROME);
        HolidaySource s = year -> List.of();
        b.holidays("a", s).holidays("a", s);
        ValidationException e = assertThrows(ValidationException.class, () -> b.holidays("a", year -> List.of()));
        assertEquals("unique-name", e.violations().get(0).rule());
        assertThrows(ValidationException.class, () -> b.holidays("b", null));
        assertThrows(ValidationException.class, () -> b.holidays(null, s));
        assertThrows(ValidationException.class, () -> b.holidays("two\nlines", s));
        assertThrows(ValidationException.class, () -> b.holidays((Holidays) null));
        assertThrows(ValidationException.class, () -> b.businessDays(null));
        java.util.Set<DayOfWeek> withNull = new java.util.HashSet<>();
        withNull.add(null);
        assertThrows(ValidationException.class, () -> b.businessDays(withNull));
        assertThrows(ValidationException.class, () -> b.specialHours(LocalDate.of(2026, 1, 1), (TimeWindow) null));
        assertThrows(ValidationException.class, () -> b.specialHours(null));
        assertThrows(ValidationException.class, () -> b.closed(LocalDate.of(2026, 1, 1), null));
        assertThrows(ValidationException.class, () -> b.hours((java.util.Set<DayOfWeek>) null));
        assertThrows(ValidationException.class, () -> b.hours(DayOfWeek.MONDAY, (TimeWindow[]) null));
        assertThrows(ValidationException.class, () -> b.hours((DayOfWeek) null));
        assertEquals(java.util.Set.of("a"), b.build().definition().holidaySourceNames());
    }
}
