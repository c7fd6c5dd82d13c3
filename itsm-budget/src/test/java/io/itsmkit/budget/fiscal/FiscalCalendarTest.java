package io.itsmkit.budget.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.ValidationException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalCalendarTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /**
     * Fiscal years by start day and naming (UK tax year 6 April - 5 April, finansleksikon.no; US federal
     * fiscal year 1 October - 30 September named by the year it ends in, U.S. Senate glossary; the UK
     * government's 1 April year named by its end as "2026-27" or its start; the calendar year).
     */
    @ParameterizedTest
    @CsvSource({
        "--04-06,START_YEAR,2026,2026-04-06,2027-04-06",
        "--04-06,END_YEAR,2027,2026-04-06,2027-04-06",
        "--10-01,END_YEAR,2026,2025-10-01,2026-10-01",
        "--10-01,START_YEAR,2025,2025-10-01,2026-10-01",
        "--04-01,END_YEAR,2027,2026-04-01,2027-04-01",
        "--01-01,END_YEAR,2026,2026-01-01,2027-01-01",
        "--01-01,START_YEAR,2026,2026-01-01,2027-01-01",
        "--07-01,START_YEAR,2026,2026-07-01,2027-07-01"
    })
    void yearsByStartAndNaming(String start, YearNaming naming, int name, String first, String end) {
        FiscalCalendar cal = FiscalCalendar.of(MonthDay.parse(start), naming, PeriodPattern.MONTHLY);
        FiscalYear y = cal.year(name);
        assertEquals(DateRange.of(d(first), d(end)), y.range());
        assertEquals(name, y.year());
        assertEquals(y, cal.yearOf(d(first)));
        assertEquals(y, cal.yearOf(d(end).minusDays(1)));
        assertNotEquals(y, cal.yearOf(d(end)));
        assertEquals(y.next(), cal.yearOf(d(end)));
        assertEquals(name + 1, y.next().year());
    }

    @Test
    void monthlyPeriodsStartOnTheYearsStartDay() {
        FiscalCalendar uk = FiscalCalendar.of(MonthDay.of(4, 6), YearNaming.START_YEAR, PeriodPattern.MONTHLY);
        List<FiscalPeriod> p = uk.year(2026).periods();
        assertEquals(12, p.size());
        assertEquals(DateRange.of(d("2026-04-06"), d("2026-05-06")), p.get(0).range());
        assertEquals(DateRange.of(d("2027-03-06"), d("2027-04-06")), p.get(11).range());
        assertEquals(
                new FiscalPeriod(2026, 10, DateRange.of(d("2027-01-06"), d("2027-02-06"))),
                uk.periodOf(d("2027-02-05")));
        assertEquals(
                "FY2026 P10 [2027-01-06, 2027-02-06)",
                uk.periodOf(d("2027-02-05")).toString());
    }

    /** A start day the next month lacks falls on that month's last day; later months keep the day. */
    @Test
    void lateStartDaysFallOnTheMonthsLastDay() {
        FiscalCalendar cal = FiscalCalendar.of(MonthDay.of(1, 31), YearNaming.START_YEAR, PeriodPattern.MONTHLY);
        List<FiscalPeriod> p = cal.year(2026).periods();
        assertEquals(d("2026-02-28"), p.get(1).range().start());
        assertEquals(d("2026-03-31"), p.get(2).range().start());
        assertEquals(d("2026-04-30"), p.get(3).range().start());
        assertEquals(d("2027-01-31"), p.get(11).range().end());
    }

    @Test
    void quarters() {
        FiscalCalendar cal = FiscalCalendar.of(MonthDay.of(10, 1), YearNaming.END_YEAR, PeriodPattern.QUARTERLY);
        List<FiscalPeriod> p = cal.year(2026).periods();
        assertEquals(4, p.size());
        assertEquals(DateRange.of(d("2025-10-01"), d("2026-01-01")), p.get(0).range());
        assertEquals(DateRange.of(d("2026-07-01"), d("2026-10-01")), p.get(3).range());
    }

    /**
     * 4-4-5 from 1 January 2026: weeks 4, 4, 5 per quarter, 52 weeks = 364 days; 2026 has 365, so the last
     * period (5 weeks) takes the extra day: 36 days. 4-5-4 puts the 5 weeks second, 5-4-4 first.
     */
    @ParameterizedTest
    @CsvSource({
        "WEEKS_4_4_5,28,28,35,36,2026-01-29",
        "WEEKS_4_5_4,28,35,28,29,2026-01-29",
        "WEEKS_5_4_4,35,28,28,29,2026-02-05"
    })
    void weekPatterns(PeriodPattern pattern, long first, long second, long third, long last, String secondStart) {
        FiscalCalendar cal = FiscalCalendar.of(MonthDay.of(1, 1), YearNaming.END_YEAR, pattern);
        List<FiscalPeriod> p = cal.year(2026).periods();
        assertEquals(12, p.size());
        assertEquals(first, p.get(0).range().days());
        assertEquals(second, p.get(1).range().days());
        assertEquals(third, p.get(2).range().days());
        assertEquals(last, p.get(11).range().days());
        assertEquals(d(secondStart), p.get(1).range().start());
        assertEquals(365, p.stream().mapToLong(x -> x.range().days()).sum());
    }

    /** 13 periods of 4 weeks: 364 days, the last one takes the leap year's two extra days. */
    @Test
    void thirteenPeriods() {
        FiscalCalendar cal = FiscalCalendar.of(MonthDay.of(1, 1), YearNaming.END_YEAR, PeriodPattern.THIRTEEN_PERIODS);
        List<FiscalPeriod> p = cal.year(2028).periods();
        assertEquals(13, p.size());
        assertEquals(28, p.get(11).range().days());
        assertEquals(30, p.get(12).range().days());
        assertEquals(13, cal.periodOf(d("2028-12-31")).number());
        assertEquals(13, PeriodPattern.THIRTEEN_PERIODS.periodsPerYear());
        assertEquals(4, PeriodPattern.QUARTERLY.periodsPerYear());
        assertEquals(12, PeriodPattern.WEEKS_4_4_5.periodsPerYear());
    }

    @Test
    void yearsCoveringARange() {
        FiscalCalendar cal = FiscalCalendar.of(MonthDay.of(4, 1), YearNaming.END_YEAR, PeriodPattern.MONTHLY);
        List<FiscalYear> years = cal.years(DateRange.of(d("2026-03-15"), d("2027-04-02")));
        assertEquals(
                List.of(2026, 2027, 2028), years.stream().map(FiscalYear::year).toList());
        assertEquals(
                List.of(2027),
                cal.years(DateRange.of(d("2026-04-01"), d("2027-04-01"))).stream()
                        .map(FiscalYear::year)
                        .toList());
    }

    @Test
    void badCalendarsAndYearsAreRefused() {
        assertEquals(
                "not-february-29",
                assertThrows(
                                ValidationException.class,
                                () -> FiscalCalendar.of(MonthDay.of(2, 29), YearNaming.END_YEAR, PeriodPattern.MONTHLY))
                        .violations()
                        .get(0)
                        .rule());
        FiscalCalendar april = FiscalCalendar.of(MonthDay.of(4, 1), YearNaming.END_YEAR, PeriodPattern.MONTHLY);
        for (int y : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE, 1900, 3000}) {
            assertEquals(
                    "fiscal-year-in-range",
                    assertThrows(ValidationException.class, () -> april.year(y))
                            .violations()
                            .get(0)
                            .rule(),
                    "year " + y);
        }
        assertEquals(1901, april.year(1901).year());
        assertEquals(2999, april.year(2999).year());
        assertEquals(2999, FiscalCalendar.CALENDAR_YEAR.year(2999).year());
        assertEquals(1900, FiscalCalendar.CALENDAR_YEAR.year(1900).year());
        for (LocalDate day : List.of(LocalDate.MAX, LocalDate.MIN, d("1900-03-31"), d("2999-04-01"))) {
            assertThrows(ValidationException.class, () -> april.yearOf(day), day.toString());
            assertThrows(ValidationException.class, () -> april.periodOf(day), day.toString());
        }
        assertThrows(ValidationException.class, () -> april.yearOf(null));
        assertThrows(
                ValidationException.class, () -> FiscalCalendar.of(null, YearNaming.END_YEAR, PeriodPattern.MONTHLY));
        assertEquals(
                "period-number",
                assertThrows(
                                ValidationException.class,
                                () -> new FiscalPeriod(2026, 14, DateRange.of(d("2026-01-01"), d("2026-02-01"))))
                        .violations()
                        .get(0)
                        .rule());
        assertThrows(
                ValidationException.class,
                () -> new FiscalPeriod(2026, 0, DateRange.of(d("2026-01-01"), d("2026-02-01"))));
    }

    @Test
    void valueSemantics() {
        FiscalCalendar a = FiscalCalendar.of(MonthDay.of(4, 1), YearNaming.END_YEAR, PeriodPattern.MONTHLY);
        FiscalCalendar b = FiscalCalendar.of(MonthDay.of(4, 1), YearNaming.END_YEAR, PeriodPattern.MONTHLY);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, FiscalCalendar.of(MonthDay.of(4, 1), YearNaming.START_YEAR, PeriodPattern.MONTHLY));
        assertNotEquals(a, FiscalCalendar.of(MonthDay.of(4, 1), YearNaming.END_YEAR, PeriodPattern.QUARTERLY));
        assertNotEquals(a, FiscalCalendar.of(MonthDay.of(4, 2), YearNaming.END_YEAR, PeriodPattern.MONTHLY));
        assertFalse(a.equals("x"));
        assertEquals(a.year(2027), b.year(2027));
        assertEquals(a.year(2027).hashCode(), b.year(2027).hashCode());
        assertNotEquals(a.year(2027), a.year(2028));
        assertFalse(a.year(2027).equals("x"));
        assertEquals("FY2027 [2026-04-01, 2027-04-01)", a.year(2027).toString());
        assertEquals("fiscal years from --04-01 named by END_YEAR in MONTHLY periods", a.toString());
        assertEquals(MonthDay.of(4, 1), a.start());
        assertEquals(YearNaming.END_YEAR, a.naming());
        assertEquals(PeriodPattern.MONTHLY, a.pattern());
        assertEquals(a, a.year(2027).calendar());
        assertTrue(a.year(2027).range().contains(d("2027-03-31")));
    }
}
