package io.itsmkit.budget.status;

import static io.itsmkit.budget.BadInput.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.budget.fiscal.DateRange;
import io.itsmkit.budget.fiscal.FiscalCalendar;
import io.itsmkit.budget.fiscal.PeriodPattern;
import io.itsmkit.budget.fiscal.YearNaming;
import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.Money;
import io.itsmkit.budget.plan.Budget;
import io.itsmkit.budget.plan.BudgetId;
import io.itsmkit.budget.plan.BudgetLine;
import io.itsmkit.budget.plan.BudgetLineId;
import io.itsmkit.budget.plan.CostCategory;
import io.itsmkit.budget.plan.CostCenterId;
import io.itsmkit.budget.plan.ExpenseType;
import io.itsmkit.budget.plan.Phasing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusReportTest {
    private static final BudgetLineId LICENCES = BudgetLineId.of("licences");
    private static final BudgetLineId SERVERS = BudgetLineId.of("servers");
    private static final BudgetLineId DESK = BudgetLineId.of("desk");
    private static final LocalDate JUNE_15 = LocalDate.of(2026, 6, 15);

    private static final Budget BUDGET = Budget.builder(
                    BudgetId.of("IT-2027"),
                    FiscalCalendar.of(MonthDay.of(4, 1), YearNaming.END_YEAR, PeriodPattern.MONTHLY)
                            .year(2027),
                    CurrencyUnit.EUR)
            .line(new BudgetLine(
                    LICENCES,
                    CostCenterId.of("IT"),
                    ExpenseType.OPEX,
                    CostCategory.of("Software"),
                    Money.parse("EUR 12000.00"),
                    Phasing.EVEN))
            .line(new BudgetLine(
                    SERVERS,
                    CostCenterId.of("IT"),
                    ExpenseType.CAPEX,
                    CostCategory.of("Hardware"),
                    Money.parse("EUR 24000.00"),
                    Phasing.EVEN))
            .line(new BudgetLine(
                    DESK,
                    CostCenterId.of("OPS"),
                    ExpenseType.OPEX,
                    CostCategory.of("Internal Labor"),
                    Money.parse("EUR 6000.00"),
                    Phasing.EVEN))
            .build();

    private static Spending spending(String requested, String ordered, String actual, String accrued) {
        return new Spending(
                Money.parse("EUR " + requested),
                Money.parse("EUR " + ordered),
                Money.parse("EUR " + actual),
                Money.parse("EUR " + accrued));
    }

    /**
     * ERPNext's commitment formula (frappe/erpnext#13551): checked at material request, expense = requested
     * + ordered + actual; at purchase order, ordered + actual; otherwise actual only. Here accruals count
     * with actuals: 50 + 200 + 300 + 20, 200 + 300 + 20, 300 + 20.
     */
    @ParameterizedTest
    @CsvSource({"FROM_REQUESTED,570.00,11430.00", "FROM_ORDERED,520.00,11480.00", "ACTUALS_ONLY,320.00,11680.00"})
    void consumptionFollowsTheStage(ConsumptionStage stage, String consumed, String available) {
        StatusReport r = StatusReport.of(
                BUDGET, Map.of(LICENCES, spending("50.00", "200.00", "300.00", "20.00")), JUNE_15, stage);
        BudgetStatus s = r.line(LICENCES);
        assertEquals(Money.parse("EUR " + consumed), s.consumed());
        assertEquals(Money.parse("EUR " + available), s.available());
        assertEquals(stage, r.stage());
    }

    /**
     * 15 June 2026 in a year from 1 April: the plan to date holds April, May and June (12000 x 3/12 =
     * 3000.00); the pace counts 30 + 31 + 15 = 76 of 365 days (12000 x 76 / 365 = 2498.630... -> 2498.63);
     * variance to plan 3000.00 - 320.00 = 2680.00, 89.333...% of plan; consumed 320 / 12000 = 2.666...%.
     */
    @Test
    void figuresOfOneLine() {
        BudgetStatus s = StatusReport.of(
                        BUDGET,
                        Map.of(LICENCES, spending("50.00", "200.00", "300.00", "20.00")),
                        JUNE_15,
                        ConsumptionStage.ACTUALS_ONLY)
                .line(LICENCES);
        assertEquals(Money.parse("EUR 12000.00"), s.budget());
        assertEquals(Money.parse("EUR 3000.00"), s.plannedToDate());
        assertEquals(Money.parse("EUR 2498.63"), s.pace());
        assertEquals(Money.parse("EUR 2680.00"), s.variance());
        assertEquals(
                new BigDecimal("89.33333333333333333333333333333333"),
                s.variancePercent().orElseThrow());
        assertEquals(
                new BigDecimal("2.666666666666666666666666666666667"),
                s.consumedPercent().orElseThrow());
        assertFalse(s.isOverBudget());
        assertFalse(s.isAheadOfPace());
    }

    @Test
    void linesWithoutSpendingHaveSpentNothing() {
        StatusReport r = StatusReport.of(BUDGET, Map.of(), JUNE_15, ConsumptionStage.FROM_ORDERED);
        assertEquals(Spending.zero(CurrencyUnit.EUR), r.line(DESK).spending());
        assertEquals(Money.parse("EUR 6000.00"), r.line(DESK).available());
        assertEquals(Money.parse("EUR 1500.00"), r.line(DESK).variance());
        assertEquals(3, r.lines().size());
        assertEquals(BUDGET, r.budget());
        assertEquals(JUNE_15, r.asOf());
    }

    /** A roll-up is the sum of its lines, figure by figure. */
    @Test
    void rollUps() {
        StatusReport r = StatusReport.of(
                BUDGET,
                Map.of(
                        LICENCES,
                        spending("0.00", "0.00", "1000.00", "0.00"),
                        SERVERS,
                        spending("0.00", "5000.00", "20000.00", "0.00")),
                JUNE_15,
                ConsumptionStage.FROM_ORDERED);
        BudgetStatus total = r.total();
        assertEquals(Money.parse("EUR 42000.00"), total.budget());
        assertEquals(Money.parse("EUR 26000.00"), total.consumed());
        assertEquals(Money.parse("EUR 10500.00"), total.plannedToDate());
        Map<CostCenterId, BudgetStatus> byCenter = r.rollUp(BudgetLine::costCenter);
        assertEquals(
                Money.parse("EUR 36000.00"), byCenter.get(CostCenterId.of("IT")).budget());
        assertEquals(
                Money.parse("EUR 26000.00"), byCenter.get(CostCenterId.of("IT")).consumed());
        assertEquals(
                Money.parse("EUR 6000.00"), byCenter.get(CostCenterId.of("OPS")).budget());
        Map<ExpenseType, BudgetStatus> byType = r.rollUp(BudgetLine::expenseType);
        assertEquals(Money.parse("EUR 25000.00"), byType.get(ExpenseType.CAPEX).consumed());
        assertTrue(byType.get(ExpenseType.CAPEX).isAheadOfPace());
        assertTrue(byType.get(ExpenseType.CAPEX).isOverBudget());
        assertFalse(byType.get(ExpenseType.OPEX).isOverBudget());
        assertEquals(Money.parse("EUR -19000.00"), byType.get(ExpenseType.CAPEX).variance());
        assertEquals(
                Money.parse("EUR 0.00"),
                StatusReport.of(
                                Budget.builder(BudgetId.of("E"), BUDGET.years().get(0), CurrencyUnit.EUR)
                                        .build(),
                                Map.of(),
                                JUNE_15,
                                ConsumptionStage.ACTUALS_ONLY)
                        .total()
                        .budget());
    }

    /** Exactly the budget is not over it; a cent more is. */
    @Test
    void overBudgetIsStrictlyMore() {
        BudgetStatus at = StatusReport.of(
                        BUDGET,
                        Map.of(DESK, spending("0.00", "0.00", "6000.00", "0.00")),
                        JUNE_15,
                        ConsumptionStage.ACTUALS_ONLY)
                .line(DESK);
        assertFalse(at.isOverBudget());
        assertEquals(0, new BigDecimal("100").compareTo(at.consumedPercent().orElseThrow()));
        BudgetStatus over = StatusReport.of(
                        BUDGET,
                        Map.of(DESK, spending("0.00", "0.00", "6000.00", "0.01")),
                        JUNE_15,
                        ConsumptionStage.ACTUALS_ONLY)
                .line(DESK);
        assertTrue(over.isOverBudget());
        assertEquals(Money.parse("EUR -0.01"), over.available());
    }

    @Test
    void percentagesOfZeroAreEmpty() {
        Money zero = Money.zero(CurrencyUnit.EUR);
        BudgetStatus s =
                new BudgetStatus(zero, zero, zero, Spending.zero(CurrencyUnit.EUR), ConsumptionStage.ACTUALS_ONLY);
        assertEquals(Optional.empty(), s.consumedPercent());
        assertEquals(Optional.empty(), s.variancePercent());
    }

    /**
     * Pace (Odoo's theoretical amount, here with the status date counted as elapsed): 365 days of
     * 36500.00 is 100.00 a day.
     */
    @ParameterizedTest
    @CsvSource({
        "2025-12-31,0.00",
        "2026-01-01,100.00",
        "2026-01-31,3100.00",
        "2026-12-30,36400.00",
        "2026-12-31,36500.00",
        "2027-06-01,36500.00"
    })
    void pace(LocalDate asOf, String expected) {
        DateRange year = DateRange.ofInclusive(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(
                Money.parse("EUR " + expected),
                Pace.of(Money.parse("EUR 36500.00"), year, asOf, RoundingMode.HALF_EVEN));
        assertEquals(
                Money.parse("EUR 0.33"),
                Pace.of(
                        Money.parse("EUR 1.00"),
                        DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 4)),
                        LocalDate.of(2026, 1, 1),
                        RoundingMode.HALF_EVEN));
        assertEquals(
                Money.parse("EUR 0.34"),
                Pace.of(
                        Money.parse("EUR 1.00"),
                        DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 4)),
                        LocalDate.of(2026, 1, 1),
                        RoundingMode.UP));
    }

    @Test
    void badInputIsNamed() {
        assertEquals(
                "known-line",
                rule(() -> StatusReport.of(
                        BUDGET,
                        Map.of(BudgetLineId.of("ghost"), Spending.zero(CurrencyUnit.EUR)),
                        JUNE_15,
                        ConsumptionStage.ACTUALS_ONLY)));
        assertThrows(
                CurrencyMismatchException.class,
                () -> StatusReport.of(
                        BUDGET, Map.of(DESK, Spending.zero(CurrencyUnit.USD)), JUNE_15, ConsumptionStage.ACTUALS_ONLY));
        assertThrows(
                CurrencyMismatchException.class,
                () -> new Spending(
                        Money.parse("EUR 1.00"),
                        Money.parse("USD 1.00"),
                        Money.parse("EUR 1.00"),
                        Money.parse("EUR 1.00")));
        assertThrows(
                CurrencyMismatchException.class,
                () -> new Spending(
                        Money.parse("EUR 1.00"),
                        Money.parse("EUR 1.00"),
                        Money.parse("USD 1.00"),
                        Money.parse("EUR 1.00")));
        assertThrows(
                CurrencyMismatchException.class,
                () -> new Spending(
                        Money.parse("EUR 1.00"),
                        Money.parse("EUR 1.00"),
                        Money.parse("EUR 1.00"),
                        Money.parse("USD 1.00")));
        Money eur = Money.parse("EUR 1.00");
        Money usd = Money.parse("USD 1.00");
        assertThrows(
                CurrencyMismatchException.class,
                () -> new BudgetStatus(eur, usd, eur, Spending.zero(CurrencyUnit.EUR), ConsumptionStage.ACTUALS_ONLY));
        assertThrows(
                CurrencyMismatchException.class,
                () -> new BudgetStatus(eur, eur, usd, Spending.zero(CurrencyUnit.EUR), ConsumptionStage.ACTUALS_ONLY));
        assertThrows(
                CurrencyMismatchException.class,
                () -> new BudgetStatus(eur, eur, eur, Spending.zero(CurrencyUnit.USD), ConsumptionStage.ACTUALS_ONLY));
        BudgetStatus a =
                new BudgetStatus(eur, eur, eur, Spending.zero(CurrencyUnit.EUR), ConsumptionStage.ACTUALS_ONLY);
        BudgetStatus b =
                new BudgetStatus(eur, eur, eur, Spending.zero(CurrencyUnit.EUR), ConsumptionStage.FROM_ORDERED);
        assertEquals("same-stage", rule(() -> a.plus(b)));
        assertEquals(
                "required",
                rule(() -> StatusReport.of(BUDGET, Map.of(), JUNE_15, ConsumptionStage.ACTUALS_ONLY)
                        .rollUp(l -> null)));
    }

    @Test
    void mismatchedAmountsAreNamedByLine() {
        CurrencyMismatchException e = assertThrows(
                CurrencyMismatchException.class,
                () -> StatusReport.of(
                        BUDGET, Map.of(DESK, Spending.zero(CurrencyUnit.USD)), JUNE_15, ConsumptionStage.ACTUALS_ONLY));
        assertEquals("spending[desk]", e.violations().get(0).path());
        CurrencyMismatchException r = assertThrows(
                CurrencyMismatchException.class,
                () -> StatusReport.of(
                        BUDGET,
                        Map.of(),
                        Map.of(DESK, Money.parse("USD 1.00")),
                        JUNE_15,
                        ConsumptionStage.ACTUALS_ONLY));
        assertEquals("revisions[desk]", r.violations().get(0).path());
        assertEquals(
                "known-line",
                rule(() -> StatusReport.of(
                        BUDGET,
                        Map.of(),
                        Map.of(BudgetLineId.of("ghost"), Money.parse("EUR 1.00")),
                        JUNE_15,
                        ConsumptionStage.ACTUALS_ONLY)));
    }
}
