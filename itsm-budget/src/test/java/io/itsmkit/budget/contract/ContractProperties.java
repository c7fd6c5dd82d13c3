package io.itsmkit.budget.contract;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.budget.fiscal.DateRange;
import io.itsmkit.budget.money.Money;
import io.itsmkit.budget.testkit.BudgetFixtures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractProperties {

    /** Amortization conserves the amount and every to-date sum is the exact share rounded once. */
    @Test
    void amortizedToDateIsTheExactShareOfDaysRoundedOnce() {
        qt().forAll(BudgetFixtures.contracts().gen()).check(c -> {
            List<AmortizationLine> lines = Amortization.monthly(c.value(), c.term());
            Money toDate = Money.zero(c.value().currency());
            long days = 0;
            for (AmortizationLine line : lines) {
                toDate = toDate.plus(line.amount());
                days += line.days();
                Money exact = c.value()
                        .prorated(
                                BigDecimal.valueOf(days),
                                BigDecimal.valueOf(c.term().days()),
                                RoundingMode.HALF_EVEN);
                if (!toDate.equals(exact)) {
                    return false;
                }
            }
            return toDate.equals(c.value()) && days == c.term().days();
        });
    }

    @Test
    void billingSchedulesConserveTheValueAndTileTheTerm() {
        qt().forAll(BudgetFixtures.contracts().gen()).check(c -> {
            List<Installment> s = c.billingSchedule();
            Money sum = s.stream()
                    .map(Installment::amount)
                    .reduce(Money.zero(c.value().currency()), Money::plus);
            boolean tiled = s.get(0).period().start().equals(c.term().start())
                    && s.get(s.size() - 1).period().end().equals(c.term().end());
            for (int i = 1; i < s.size(); i++) {
                tiled &= s.get(i).period().start().equals(s.get(i - 1).period().end());
            }
            return sum.equals(c.value()) && tiled;
        });
    }

    /** The deadline is never after the term in force ends, and the term in force holds the day once started. */
    @Test
    void theTermInForceHoldsTheDayAndItsDeadlineComesFirst() {
        qt().forAll(BudgetFixtures.contracts().gen(), BudgetFixtures.dates().gen())
                .check((c, day) -> {
                    DateRange t = c.termOn(day);
                    boolean holds = c.renewal() != Renewal.TACIT
                            || day.isBefore(c.term().start())
                            || t.contains(day);
                    return holds && c.noticeDeadline(day).isBefore(t.end());
                });
    }
}
