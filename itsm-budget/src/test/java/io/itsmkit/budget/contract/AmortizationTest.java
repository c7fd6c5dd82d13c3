package io.itsmkit.budget.contract;

import static io.itsmkit.budget.BadInput.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.itsmkit.budget.fiscal.DateRange;
import io.itsmkit.budget.fiscal.FiscalCalendar;
import io.itsmkit.budget.fiscal.PeriodPattern;
import io.itsmkit.budget.fiscal.YearNaming;
import io.itsmkit.budget.money.Money;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmortizationTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static List<Money> eur(String... amounts) {
        return Arrays.stream(amounts).map(a -> Money.parse("EUR " + a)).toList();
    }

    /**
     * 12,000.00 over 2026 by days (365): the amount amortized by the end of each month is 12000 x days so
     * far / 365 rounded half-even: 31 -> 1019.178 -> 1019.18; 59 -> 1939.726 -> 1939.73; 90 -> 2958.904 ->
     * 2958.90; 120 -> 3945.205 -> 3945.21; 151 -> 4964.384 -> 4964.38; 181 -> 5950.685 -> 5950.68; 212 ->
     * 6969.863 -> 6969.86; 243 -> 7989.041 -> 7989.04; 273 -> 8975.342 -> 8975.34; 304 -> 9994.521 ->
     * 9994.52; 334 -> 10980.822 -> 10980.82; 365 -> 12000.00. Each month is the difference.
     */
    @Test
    void twelveThousandOverAYearByDays() {
        List<AmortizationLine> lines = Amortization.monthly(
                Money.parse("EUR 12000.00"), DateRange.ofInclusive(d("2026-01-01"), d("2026-12-31")));
        assertEquals(
                eur(
                        "1019.18", "920.55", "1019.17", "986.31", "1019.17", "986.30", "1019.18", "1019.18", "986.30",
                        "1019.18", "986.30", "1019.18"),
                lines.stream().map(AmortizationLine::amount).toList());
        assertEquals(28, lines.get(1).days());
        assertEquals(
                DateRange.of(d("2026-02-01"), d("2026-03-01")), lines.get(1).period());
    }

    /**
     * The findatapro example: a 12,000 contract from 15 March over 365 days has 17 March days; the exact
     * March share is 12000 x 17 / 365 = 558.904 -> 558.90, where a daily rate rounded to 32.88 gives
     * 558.96 and over-amortizes the year by 32.88 x 365 - 12000 = 1.20.
     */
    @Test
    void theDailyRateIsNeverRounded() {
        List<AmortizationLine> lines = Amortization.monthly(
                Money.parse("USD 12000.00"), DateRange.ofInclusive(d("2026-03-15"), d("2027-03-14")));
        assertEquals(13, lines.size());
        assertEquals(17, lines.get(0).days());
        assertEquals(Money.parse("USD 558.90"), lines.get(0).amount());
        assertEquals(14, lines.get(12).days());
        assertEquals(
                Money.parse("USD 12000.00"),
                lines.stream().map(AmortizationLine::amount).reduce(Money::plus).orElseThrow());
    }

    /** 36,600.00 over leap year 2028 is 100.00 a day; February has 29 days: 2,900.00. */
    @Test
    void leapDaysCount() {
        List<AmortizationLine> lines = Amortization.monthly(
                Money.parse("EUR 36600.00"), DateRange.ofInclusive(d("2028-01-01"), d("2028-12-31")));
        assertEquals(Money.parse("EUR 2900.00"), lines.get(1).amount());
        assertEquals(Money.parse("EUR 3100.00"), lines.get(0).amount());
    }

    /**
     * A contract from 1 October 2026 to 30 September 2027 (365 days, 100.00 a day) over fiscal years from 1
     * April named by end year: FY2027 holds 1 October - 31 March, 182 days; FY2028 holds 183.
     */
    @Test
    void byFiscalYear() {
        FiscalCalendar april = FiscalCalendar.of(MonthDay.of(4, 1), YearNaming.END_YEAR, PeriodPattern.MONTHLY);
        List<AmortizationLine> lines = Amortization.byFiscalYear(
                Money.parse("EUR 36500.00"), DateRange.ofInclusive(d("2026-10-01"), d("2027-09-30")), april);
        assertEquals(
                eur("18200.00", "18300.00"),
                lines.stream().map(AmortizationLine::amount).toList());
        assertEquals(april.year(2027).range(), lines.get(0).period());
        assertEquals(182, lines.get(0).days());
    }

    @Test
    void periodsMustCoverTheTermWithoutOverlapping() {
        DateRange term = DateRange.of(d("2026-01-01"), d("2026-03-01"));
        Money m = Money.parse("EUR 1.00");
        assertEquals(
                "cover-term",
                rule(() -> Amortization.byDays(m, term, List.of(DateRange.of(d("2026-01-01"), d("2026-02-01"))))));
        assertEquals("cover-term", rule(() -> Amortization.byDays(m, term, List.of())));
        assertEquals(
                "ordered-disjoint",
                rule(() -> Amortization.byDays(
                        m,
                        term,
                        List.of(
                                DateRange.of(d("2026-01-01"), d("2026-02-15")),
                                DateRange.of(d("2026-02-01"), d("2026-03-01"))))));
        List<AmortizationLine> wide = Amortization.byDays(
                m,
                term,
                List.of(
                        DateRange.of(d("2025-01-01"), d("2026-01-01")),
                        DateRange.of(d("2026-01-01"), d("2027-01-01"))));
        assertEquals(
                eur("0.00", "1.00"), wide.stream().map(AmortizationLine::amount).toList());
    }
}
