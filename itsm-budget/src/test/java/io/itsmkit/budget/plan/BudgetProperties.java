package io.itsmkit.budget.plan;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.budget.fiscal.FiscalPeriod;
import io.itsmkit.budget.money.Money;
import io.itsmkit.budget.testkit.BudgetFixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetProperties {

    @Test
    void phasedAmountsSumExactlyToEveryLine() {
        qt().forAll(BudgetFixtures.budgets().gen())
                .check(b -> b.lines().stream()
                        .allMatch(line -> b.phased(line.id()).stream()
                                .map(PeriodAmount::amount)
                                .reduce(Money.zero(b.currency()), Money::plus)
                                .equals(line.amount())));
    }

    /** Even phasing: the plan to a date is amount x periods started / periods, rounded half-even once. */
    @Test
    void evenPlanToDateIsTheAmountTimesPeriodsStartedRoundedOnce() {
        qt().forAll(BudgetFixtures.budgets().gen(), BudgetFixtures.dates().gen())
                .check((b, day) -> {
                    List<FiscalPeriod> periods = b.periods();
                    long started = periods.stream()
                            .filter(p -> !p.range().start().isAfter(day))
                            .count();
                    return b.lines().stream()
                            .filter(l -> l.phasing().equals(Phasing.EVEN))
                            .allMatch(l -> b.plannedToDate(l.id(), day)
                                    .equals(l.amount()
                                            .prorated(
                                                    BigDecimal.valueOf(started),
                                                    BigDecimal.valueOf(periods.size()),
                                                    RoundingMode.HALF_EVEN)));
                });
    }

    @Test
    void planToDateNeverFallsAsTimePasses() {
        qt().forAll(BudgetFixtures.budgets().gen(), BudgetFixtures.dates().gen())
                .check((b, day) -> {
                    LocalDate later = day.plusDays(40);
                    return b.lines().stream()
                            .allMatch(l -> !b.plannedToDate(l.id(), later).isLessThan(b.plannedToDate(l.id(), day)));
                });
    }
}
