package io.itsmkit.examples.readme;

import static io.itsmkit.budget.fiscal.PeriodPattern.MONTHLY;
import static io.itsmkit.budget.fiscal.YearNaming.END_YEAR;
import static io.itsmkit.budget.forecast.ForecastMethod.LINEAR_TREND;
import static io.itsmkit.budget.ledger.EntryKind.ACTUAL;
import static io.itsmkit.budget.ledger.EntryKind.ORDERED;
import static io.itsmkit.budget.plan.ExpenseType.OPEX;
import static io.itsmkit.budget.plan.Phasing.EVEN;
import static io.itsmkit.budget.status.ConsumptionStage.FROM_ORDERED;
import static java.math.RoundingMode.HALF_EVEN;

import io.itsmkit.budget.alert.BudgetAlert;
import io.itsmkit.budget.alert.BudgetAlerts;
import io.itsmkit.budget.alert.Threshold;
import io.itsmkit.budget.chargeback.Chargeback;
import io.itsmkit.budget.chargeback.ChargebackRule;
import io.itsmkit.budget.chargeback.CostObjectId;
import io.itsmkit.budget.fiscal.FiscalCalendar;
import io.itsmkit.budget.fiscal.FiscalPeriod;
import io.itsmkit.budget.fiscal.FiscalYear;
import io.itsmkit.budget.forecast.Forecasts;
import io.itsmkit.budget.ledger.Ledger;
import io.itsmkit.budget.ledger.LedgerEntry;
import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.Money;
import io.itsmkit.budget.plan.Budget;
import io.itsmkit.budget.plan.BudgetId;
import io.itsmkit.budget.plan.BudgetLine;
import io.itsmkit.budget.plan.BudgetLineId;
import io.itsmkit.budget.plan.CostCategory;
import io.itsmkit.budget.plan.CostCenterId;
import io.itsmkit.budget.status.BudgetStatus;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.timeline.Stamp;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The README's itsm-budget sample, compiled and run by the build ({@code ReadmeTest} checks that the README
 * shows exactly the lines between the tags and that the program prints what the comments say).
 */
public final class BudgetSample {
    private BudgetSample() {}

    /**
     * Runs the sample; it prints four lines, shown as comments in the sample.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // tag::budget[]
        FiscalYear fy2027 =
                FiscalCalendar.of(MonthDay.of(4, 1), END_YEAR, MONTHLY).year(2027); // April to March
        BudgetLineId licences = BudgetLineId.of("licences");
        Money annual = Money.parse("EUR 120000.00");
        Budget budget = Budget.builder(BudgetId.of("IT-2027"), fy2027, CurrencyUnit.EUR)
                .line(new BudgetLine(licences, CostCenterId.of("IT"), OPEX, CostCategory.of("Software"), annual, EVEN))
                .build();

        Stamp clerk = Stamp.of(ActorId.of("clerk"), Instant.parse("2026-09-01T08:00:00Z"));
        List<Money> actuals = Stream.of("9000", "9500", "10500", "10000", "11000") // April to August
                .map(a -> Money.parse("EUR " + a + ".00"))
                .toList();
        Ledger ledger = Ledger.open(budget);
        for (int m = 0; m < actuals.size(); m++) {
            FiscalPeriod p = fy2027.periods().get(m);
            ledger = ledger.post(
                    LedgerEntry.of(ACTUAL, licences, actuals.get(m), p.range().lastDay(), p), clerk);
        }
        FiscalPeriod august = fy2027.periods().get(4);
        Money order = Money.parse("EUR 48000.00");
        ledger = ledger.post(LedgerEntry.of(ORDERED, licences, order, LocalDate.parse("2026-08-28"), august), clerk);

        BudgetStatus status =
                ledger.status(LocalDate.parse("2026-08-31"), FROM_ORDERED).line(licences);
        System.out.println(status.consumed() + " of " + status.budget() + ", plan to date " + status.plannedToDate()
                + ", available " + status.available());
        // EUR 98000.00 of EUR 120000.00, plan to date EUR 50000.00, available EUR 22000.00

        List<Threshold> thresholds = List.of(Threshold.of(80), Threshold.of(100), Threshold.EXCEEDED);
        List<BudgetAlert> alerts = BudgetAlerts.evaluate(status.budget(), status.consumed(), thresholds, Set.of());
        System.out.println(alerts.get(0).reason());
        // spent EUR 98000.00 is >= 80% of the budget EUR 120000.00

        System.out.println("year-end forecast "
                + Forecasts.projectedTotal(actuals, 12, LINEAR_TREND, HALF_EVEN).orElseThrow() + ", run rate "
                + Forecasts.runRate(actuals, 12, HALF_EVEN));
        // year-end forecast EUR 138900.00, run rate EUR 120000.00

        CostObjectId desk = CostObjectId.of("Service desk");
        Map<CostObjectId, BigDecimal> tickets = Map.of(
                CostObjectId.of("Finance"), BigDecimal.valueOf(340),
                CostObjectId.of("HR"), BigDecimal.valueOf(120),
                CostObjectId.of("Sales"), BigDecimal.valueOf(541));
        Chargeback split = Chargeback.of(
                Map.of(desk, Money.parse("EUR 10000.00")), List.of(new ChargebackRule(desk, "tickets", tickets)));
        System.out.println(split.totals());
        // {Finance=EUR 3396.60, HR=EUR 1198.80, Sales=EUR 5404.60}
        // end::budget[]
    }
}
