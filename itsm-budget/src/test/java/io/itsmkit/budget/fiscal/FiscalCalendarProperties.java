package io.itsmkit.budget.fiscal;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.budget.testkit.BudgetFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiscalCalendarProperties {

    @Test
    void everyDayLiesInOneYearAndOnePeriodThatHoldIt() {
        qt().forAll(
                        BudgetFixtures.fiscalCalendars().gen(),
                        BudgetFixtures.dates().gen())
                .check((cal, day) -> {
                    FiscalYear y = cal.yearOf(day);
                    FiscalPeriod p = cal.periodOf(day);
                    long holding = y.periods().stream()
                            .filter(x -> x.range().contains(day))
                            .count();
                    return y.range().contains(day)
                            && p.range().contains(day)
                            && holding == 1
                            && p.fiscalYear() == y.year();
                });
    }

    @Test
    void periodsTileTheirYearInOrderAndYearsMeet() {
        qt().forAll(BudgetFixtures.fiscalYears().gen()).check(y -> {
            List<FiscalPeriod> p = y.periods();
            boolean tiled = p.get(0).range().start().equals(y.range().start())
                    && p.get(p.size() - 1).range().end().equals(y.range().end());
            for (int i = 1; i < p.size(); i++) {
                tiled &= p.get(i).range().start().equals(p.get(i - 1).range().end())
                        && p.get(i).number() == i + 1;
            }
            return tiled
                    && p.size() == y.calendar().pattern().periodsPerYear()
                    && y.next().range().start().equals(y.range().end())
                    && y.calendar().year(y.year()).equals(y)
                    && y.range().days() >= 365
                    && y.range().days() <= 366;
        });
    }
}
