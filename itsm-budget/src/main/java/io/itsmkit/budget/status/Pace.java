package io.itsmkit.budget.status;

import io.itsmkit.budget.fiscal.DateRange;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The pace of a budget: the part of it a straight-line spender would have used by a date (Odoo's
 * "theoretical amount", Azure's pace-based budget alerts).
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class Pace {
    private Pace() {}

    /**
     * Returns {@code budget x elapsed days / days of the period}, rounded once. The period is half-open and
     * the date counts as elapsed: on the period's first day one day has elapsed, on its last day all of
     * them.
     *
     * @param budget the amount for the whole period
     * @param period the days the budget is for
     * @param asOf the date, counted as elapsed; before the period the pace is zero, after it the budget
     * @param rounding how to round to the currency's scale
     * @return the pace
     * @throws io.itsmkit.core.error.ValidationException with rule {@code "required"} if an argument is null
     */
    public static Money of(
            @Nullable Money budget,
            @Nullable DateRange period,
            @Nullable LocalDate asOf,
            @Nullable RoundingMode rounding) {
        Money b = Checks.notNull(budget, "budget");
        DateRange p = Checks.notNull(period, "period");
        LocalDate d = Checks.notNull(asOf, "asOf");
        RoundingMode r = Checks.notNull(rounding, "rounding");
        if (d.isBefore(p.start())) {
            return Money.zero(b.currency());
        }
        if (!d.isBefore(p.lastDay())) {
            return b;
        }
        long elapsed = ChronoUnit.DAYS.between(p.start(), d) + 1;
        return b.prorated(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(p.days()), r);
    }
}
