package io.itsmkit.budget.plan;

import static io.itsmkit.budget.BadInput.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.budget.fiscal.FiscalCalendar;
import io.itsmkit.budget.fiscal.FiscalYear;
import io.itsmkit.budget.fiscal.PeriodPattern;
import io.itsmkit.budget.fiscal.YearNaming;
import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BudgetTest {
    static final FiscalCalendar APRIL =
            FiscalCalendar.of(MonthDay.of(4, 1), YearNaming.END_YEAR, PeriodPattern.MONTHLY);
    static final FiscalYear FY2027 = APRIL.year(2027);

    static BudgetLine line(String id, String amount, Phasing phasing) {
        return new BudgetLine(
                BudgetLineId.of(id),
                CostCenterId.of("CC-IT"),
                ExpenseType.OPEX,
                CostCategory.of("Software"),
                Money.parse(amount),
                phasing);
    }

    private static List<Money> amounts(Budget b, String line) {
        return b.phased(BudgetLineId.of(line)).stream()
                .map(PeriodAmount::amount)
                .toList();
    }

    private static List<Money> m(String currency, String... amounts) {
        return Arrays.stream(amounts).map(a -> Money.parse(currency + " " + a)).toList();
    }

    /**
     * Even phasing by cumulative rounding: the running total after k months is 100.00 x k / 12 rounded
     * half-even (8.33, 16.67, 25.00, 33.33, 41.67, 50.00, 58.33, 66.67, 75.00, 83.33, 91.67, 100.00), each
     * month the difference.
     */
    @Test
    void evenPhasingSumsExactlyAndMatchesThePlanToDate() {
        Budget b = Budget.builder(BudgetId.of("IT-2027"), FY2027, CurrencyUnit.EUR)
                .line(line("licences", "EUR 12000.00", Phasing.EVEN))
                .line(line("small", "EUR 100.00", Phasing.EVEN))
                .build();
        assertEquals(
                List.of(Money.parse("EUR 1000.00")),
                amounts(b, "licences").stream().distinct().toList());
        assertEquals(
                m(
                        "EUR", "8.33", "8.34", "8.33", "8.33", "8.34", "8.33", "8.33", "8.34", "8.33", "8.33", "8.34",
                        "8.33"),
                amounts(b, "small"));
        BudgetLineId small = BudgetLineId.of("small");
        assertEquals(Money.parse("EUR 0.00"), b.plannedToDate(small, LocalDate.of(2026, 3, 31)));
        assertEquals(Money.parse("EUR 8.33"), b.plannedToDate(small, LocalDate.of(2026, 4, 1)));
        // June 15: April, May and June have started: 100.00 x 3 / 12 = 25.00
        assertEquals(Money.parse("EUR 25.00"), b.plannedToDate(small, LocalDate.of(2026, 6, 15)));
        // August 31: five months: 100.00 x 5 / 12 = 41.666... -> 41.67
        assertEquals(Money.parse("EUR 41.67"), b.plannedToDate(small, LocalDate.of(2026, 8, 31)));
        assertEquals(Money.parse("EUR 100.00"), b.plannedToDate(small, LocalDate.of(2030, 1, 1)));
        assertEquals(Money.parse("EUR 12100.00"), b.total());
        assertEquals(12, b.periods().size());
        assertEquals(List.of(FY2027), b.years());
        assertEquals(FY2027.range(), b.range());
        assertEquals(BudgetId.of("IT-2027"), b.id());
        assertEquals(CurrencyUnit.EUR, b.currency());
        assertEquals(2, b.lines().size());
        assertEquals(
                FY2027.periods(),
                b.phased(small).stream().map(PeriodAmount::period).toList());
    }

    /**
     * Weights 1..12 (sum 78) over EUR 1200.00: running totals 1200 x C/78 with C = 1, 3, 6, ..., 78,
     * rounded half-even: 15.38, 46.15, 92.31, 153.85, 230.77, 323.08, 430.77, 553.85, 692.31, 846.15,
     * 1015.38, 1200.00.
     */
    @Test
    void weightedPhasing() {
        List<BigDecimal> w =
                IntStream.rangeClosed(1, 12).mapToObj(BigDecimal::valueOf).toList();
        Budget b = Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR)
                .line(line("l", "EUR 1200.00", Phasing.weighted(w)))
                .build();
        assertEquals(
                m(
                        "EUR", "15.38", "30.77", "46.16", "61.54", "76.92", "92.31", "107.69", "123.08", "138.46",
                        "153.84", "169.23", "184.62"),
                amounts(b, "l"));
    }

    /** December weighs three times another month: 1400.00 over a weight of 14 gives 100.00 and 300.00. */
    @Test
    void seasonalPhasingFollowsCalendarMonths() {
        Map<Month, BigDecimal> season = new EnumMap<>(Month.class);
        for (Month month : Month.values()) {
            season.put(month, month == Month.DECEMBER ? new BigDecimal("3") : BigDecimal.ONE);
        }
        Budget b = Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR)
                .line(line("l", "EUR 1400.00", Phasing.seasonal(season)))
                .build();
        List<Money> a = amounts(b, "l");
        assertEquals(Money.parse("EUR 300.00"), a.get(8)); // April first: December is the ninth period
        assertEquals(Money.parse("EUR 100.00"), a.get(0));
        assertEquals(
                11, a.stream().filter(x -> x.equals(Money.parse("EUR 100.00"))).count());
        // quarters from 1 January: Q4 holds October, November and December: weights 3, 3, 3, 5 of 14
        FiscalYear quarters = FiscalCalendar.of(MonthDay.of(1, 1), YearNaming.END_YEAR, PeriodPattern.QUARTERLY)
                .year(2027);
        Budget q = Budget.builder(BudgetId.of("Q"), quarters, CurrencyUnit.EUR)
                .line(line("l", "EUR 1400.00", Phasing.seasonal(season)))
                .build();
        assertEquals(m("EUR", "300.00", "300.00", "300.00", "500.00"), amounts(q, "l"));
    }

    /**
     * A seasonal profile over periods that cut months: 6 April to 5 May holds 25 of April's 30 days and 5
     * of May's 31, so with April weighing 0 and May 1 it gets 5/31 of a month.
     */
    @Test
    void seasonalPhasingProratesPartialMonthsByDays() {
        Map<Month, BigDecimal> onlyMay = new EnumMap<>(Month.class);
        for (Month month : Month.values()) {
            onlyMay.put(month, month == Month.MAY ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        FiscalYear uk = FiscalCalendar.of(MonthDay.of(4, 6), YearNaming.START_YEAR, PeriodPattern.MONTHLY)
                .year(2026);
        Budget b = Budget.builder(BudgetId.of("B"), uk, CurrencyUnit.EUR)
                .line(line("l", "EUR 31.00", Phasing.seasonal(onlyMay)))
                .build();
        List<Money> a = amounts(b, "l");
        // 5 days of May in the first period and 26 in the second: 31.00 x 5/31, 31.00 x 26/31
        assertEquals(Money.parse("EUR 5.00"), a.get(0));
        assertEquals(Money.parse("EUR 26.00"), a.get(1));
        assertEquals(Money.parse("EUR 0.00"), a.get(2));
    }

    @Test
    void multiYearBudgetsPhaseOverEveryPeriod() {
        Budget b = Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR)
                .throughYear(APRIL.year(2029))
                .line(line("l", "EUR 3600.00", Phasing.EVEN))
                .build();
        assertEquals(36, b.periods().size());
        assertEquals(
                List.of(Money.parse("EUR 100.00")),
                amounts(b, "l").stream().distinct().toList());
        assertEquals(
                List.of(2027, 2028, 2029),
                b.years().stream().map(FiscalYear::year).toList());
        assertEquals(Money.parse("EUR 1300.00"), b.plannedToDate(BudgetLineId.of("l"), LocalDate.of(2027, 4, 1)));
        Budget one = Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR)
                .throughYear(FY2027)
                .build();
        assertEquals(1, one.years().size());
        assertEquals(Money.parse("EUR 0.00"), one.total());
    }

    @Test
    void badBudgetsAreNamedViolations() {
        assertEquals(
                "unique-line-id",
                rule(() -> Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR)
                        .line(line("l", "EUR 1.00", Phasing.EVEN))
                        .line(line("l", "EUR 2.00", Phasing.EVEN))
                        .build()));
        assertEquals(
                "one-weight-per-period",
                rule(() -> Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR)
                        .line(line("l", "EUR 1.00", Phasing.weighted(List.of(BigDecimal.ONE))))
                        .build()));
        assertThrows(
                CurrencyMismatchException.class,
                () -> Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR)
                        .line(line("l", "USD 1.00", Phasing.EVEN))
                        .build());
        assertEquals("not-negative", rule(() -> line("l", "EUR -1.00", Phasing.EVEN)));
        assertEquals(
                "later-year",
                rule(() -> Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR)
                        .throughYear(APRIL.year(2026))));
        assertEquals(
                "same-calendar",
                rule(() -> Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR)
                        .throughYear(FiscalCalendar.CALENDAR_YEAR.year(2028))));
        Budget b = Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR).build();
        assertEquals("known-line", rule(() -> b.line(BudgetLineId.of("nope"))));
        assertEquals("known-line", rule(() -> b.phased(BudgetLineId.of("nope"))));
        assertEquals("required", rule(() -> Budget.builder(null, FY2027, CurrencyUnit.EUR)));
        assertEquals(
                "required",
                rule(() -> Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR)
                        .line(null)));
        assertEquals("positive-total-weight", rule(() -> Phasing.weighted(List.of(BigDecimal.ZERO))));
        assertEquals("not-negative", rule(() -> Phasing.weighted(List.of(BigDecimal.ONE.negate()))));
        assertEquals("twelve-months", rule(() -> Phasing.seasonal(Map.of(Month.JANUARY, BigDecimal.ONE))));
        Map<Month, BigDecimal> zeros = new EnumMap<>(Month.class);
        for (Month month : Month.values()) {
            zeros.put(month, BigDecimal.ZERO);
        }
        assertEquals("positive-total-weight", rule(() -> Phasing.seasonal(zeros)));
    }

    /** A profile weighing June alone puts everything in the quarter holding June. */
    @Test
    void seasonalWeightOfOneMonthGoesToThePeriodHoldingIt() {
        Map<Month, BigDecimal> onlyJune = new EnumMap<>(Month.class);
        for (Month month : Month.values()) {
            onlyJune.put(month, month == Month.JUNE ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        FiscalYear quarters = FiscalCalendar.of(MonthDay.of(1, 1), YearNaming.END_YEAR, PeriodPattern.QUARTERLY)
                .year(2027);
        Budget ok = Budget.builder(BudgetId.of("B"), quarters, CurrencyUnit.EUR)
                .line(line("l", "EUR 9.00", Phasing.seasonal(onlyJune)))
                .build();
        assertEquals(m("EUR", "0.00", "9.00", "0.00", "0.00"), amounts(ok, "l"));
        assertTrue(Phasing.seasonal(onlyJune).toString().startsWith("SEASONAL {JANUARY=0"));
    }

    @Test
    void phasingValueSemantics() {
        assertEquals(Phasing.weighted(List.of(BigDecimal.ONE)), Phasing.weighted(List.of(BigDecimal.ONE)));
        assertEquals(
                Phasing.weighted(List.of(BigDecimal.ONE)).hashCode(),
                Phasing.weighted(List.of(BigDecimal.ONE)).hashCode());
        assertNotEquals(Phasing.EVEN, Phasing.weighted(List.of(BigDecimal.ONE)));
        assertEquals("EVEN", Phasing.EVEN.toString());
        assertEquals(
                "WEIGHTED [1, 2]",
                Phasing.weighted(List.of(BigDecimal.ONE, BigDecimal.valueOf(2))).toString());
        assertTrue(Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR)
                .build()
                .toString()
                .contains("0 lines"));
    }

    /** A builder can be extended again and built twice; budgets are values. */
    @Test
    void buildersAndEquality() {
        Budget.Builder b = Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR)
                .throughYear(APRIL.year(2029))
                .throughYear(APRIL.year(2028))
                .line(line("l", "EUR 2400.00", Phasing.EVEN));
        Budget first = b.build();
        Budget second = b.build();
        assertEquals(2, first.years().size());
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertEquals(1, second.lines().size());
        assertNotEquals(
                first,
                Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR)
                        .line(line("l", "EUR 2400.00", Phasing.EVEN))
                        .build());
        assertNotEquals(
                first,
                Budget.builder(BudgetId.of("C"), FY2027, CurrencyUnit.EUR)
                        .throughYear(APRIL.year(2028))
                        .line(line("l", "EUR 2400.00", Phasing.EVEN))
                        .build());
        assertNotEquals(
                first,
                Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.USD)
                        .throughYear(APRIL.year(2028))
                        .build());
        assertNotEquals(
                first,
                Budget.builder(BudgetId.of("B"), FY2027, CurrencyUnit.EUR)
                        .throughYear(APRIL.year(2028))
                        .line(line("l", "EUR 2400.01", Phasing.EVEN))
                        .build());
        assertNotEquals(first, "B");
        assertNotEquals(
                Phasing.weighted(List.of(BigDecimal.ONE)).hashCode(),
                Phasing.weighted(List.of(BigDecimal.TEN)).hashCode());
    }
}
