package io.itsmkit.budget.fiscal;

import static io.itsmkit.budget.BadInput.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void halfOpenAndInclusiveFormsAgree() {
        DateRange year = DateRange.ofInclusive(d("2026-01-01"), d("2026-12-31"));
        assertEquals(DateRange.of(d("2026-01-01"), d("2027-01-01")), year);
        assertEquals(365, year.days());
        assertEquals(
                366, DateRange.ofInclusive(d("2028-01-01"), d("2028-12-31")).days());
        assertEquals(d("2026-12-31"), year.lastDay());
        assertEquals(1, DateRange.ofInclusive(d("2026-01-01"), d("2026-01-01")).days());
        assertTrue(year.contains(d("2026-01-01")));
        assertTrue(year.contains(d("2026-12-31")));
        assertFalse(year.contains(d("2027-01-01")));
        assertFalse(year.contains(d("2025-12-31")));
        assertEquals("[2026-01-01, 2027-01-01)", year.toString());
    }

    @Test
    void intersections() {
        DateRange a = DateRange.of(d("2026-01-01"), d("2026-03-01"));
        DateRange b = DateRange.of(d("2026-02-15"), d("2026-04-01"));
        assertEquals(Optional.of(DateRange.of(d("2026-02-15"), d("2026-03-01"))), a.intersection(b));
        assertEquals(a.intersection(b), b.intersection(a));
        assertEquals(14, a.overlapDays(b));
        DateRange adjacent = DateRange.of(d("2026-03-01"), d("2026-04-01"));
        assertEquals(Optional.empty(), a.intersection(adjacent));
        assertEquals(0, a.overlapDays(adjacent));
        assertEquals(Optional.of(a), a.intersection(DateRange.of(d("2025-01-01"), d("2027-01-01"))));
    }

    @Test
    void monthsAreCutToTheRange() {
        assertEquals(
                List.of(
                        DateRange.of(d("2026-03-15"), d("2026-04-01")),
                        DateRange.of(d("2026-04-01"), d("2026-05-01")),
                        DateRange.of(d("2026-05-01"), d("2026-05-10"))),
                DateRange.of(d("2026-03-15"), d("2026-05-10")).months());
        assertEquals(
                List.of(DateRange.of(d("2026-03-15"), d("2026-03-16"))),
                DateRange.of(d("2026-03-15"), d("2026-03-16")).months());
    }

    @Test
    void orderingAndEquality() {
        DateRange a = DateRange.of(d("2026-01-01"), d("2026-02-01"));
        DateRange b = DateRange.of(d("2026-01-01"), d("2026-03-01"));
        DateRange c = DateRange.of(d("2026-01-02"), d("2026-01-03"));
        assertTrue(a.compareTo(b) < 0);
        assertTrue(b.compareTo(c) < 0);
        assertEquals(0, a.compareTo(DateRange.of(d("2026-01-01"), d("2026-02-01"))));
        assertEquals(
                a.hashCode(), DateRange.of(d("2026-01-01"), d("2026-02-01")).hashCode());
        assertNotEquals(a, b);
        assertNotEquals(a, DateRange.of(d("2025-12-31"), d("2026-02-01")));
        assertFalse(a.equals("x"));
    }

    @Test
    void badRangesAreNamedViolations() {
        assertEquals("end-after-start", rule(() -> DateRange.of(d("2026-01-01"), d("2026-01-01"))));
        assertEquals("end-after-start", rule(() -> DateRange.ofInclusive(d("2026-01-02"), d("2026-01-01"))));
        assertEquals("date-in-range", rule(() -> DateRange.of(LocalDate.MIN, d("2026-01-01"))));
        assertEquals("date-in-range", rule(() -> DateRange.of(d("2026-01-01"), LocalDate.MAX)));
        assertEquals("date-in-range", rule(() -> DateRange.ofInclusive(d("2026-01-01"), LocalDate.MAX)));
        assertEquals("date-in-range", rule(() -> DateRange.ofInclusive(d("2026-01-01"), DateRange.MAX)));
        assertEquals(
                DateRange.MAX,
                DateRange.ofInclusive(d("2999-01-01"), d("2999-12-31")).end());
        assertEquals(DateRange.MIN, DateRange.of(DateRange.MIN, d("1900-01-02")).start());
        assertEquals("required", rule(() -> DateRange.of(null, d("2026-01-01"))));
        DateRange a = DateRange.of(d("2026-01-01"), d("2026-02-01"));
        assertEquals("required", rule(() -> a.contains(null)));
        assertEquals("required", rule(() -> a.intersection(null)));
        assertEquals("required", rule(() -> a.compareTo(null)));
    }

    @Test
    void hashCodesDependOnTheValue() {
        DateRange a = DateRange.of(d("2026-01-01"), d("2026-02-01"));
        assertFalse(
                a.hashCode() == DateRange.of(d("2026-01-01"), d("2026-03-01")).hashCode());
        FiscalCalendar april =
                FiscalCalendar.of(java.time.MonthDay.of(4, 1), YearNaming.END_YEAR, PeriodPattern.MONTHLY);
        FiscalCalendar july =
                FiscalCalendar.of(java.time.MonthDay.of(7, 1), YearNaming.END_YEAR, PeriodPattern.MONTHLY);
        assertFalse(april.hashCode() == july.hashCode());
        assertFalse(april.year(2027).hashCode() == april.year(2028).hashCode());
        assertFalse(april.year(2027).hashCode() == july.year(2027).hashCode());
    }
}
