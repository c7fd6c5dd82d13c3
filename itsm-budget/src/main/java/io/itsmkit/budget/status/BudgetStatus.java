package io.itsmkit.budget.status;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.Decimals;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a budget line, or a roll-up of lines, stands on a date: the budget, the plan to date, the pace,
 * the spending by stage, and what follows from them.
 *
 * <p>Sign convention: budgets and spending are costs, positive. {@link #available()} and
 * {@link #variance()} are positive while spending is below the budget and the plan, negative once it is
 * above.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param budget the amount budgeted for the whole span
 * @param plannedToDate the phased plan of every period started by the date
 * @param pace the budget times the elapsed share of the span's days
 * @param spending what has been requested, ordered, accrued and spent
 * @param stage from which stage on spending counts as consumed
 */
public record BudgetStatus(Money budget, Money plannedToDate, Money pace, Spending spending, ConsumptionStage stage) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Validates that every amount is in one currency.
     *
     * @throws CurrencyMismatchException if they are not
     * @throws ValidationException with rule {@code "required"} for a null component
     */
    public BudgetStatus {
        Checks.notNull(budget, "status.budget");
        Checks.notNull(plannedToDate, "status.plannedToDate");
        Checks.notNull(pace, "status.pace");
        Checks.notNull(spending, "status.spending");
        Checks.notNull(stage, "status.stage");
        CurrencyMismatchException.requireSame(
                "status.plannedToDate",
                budget.currency(),
                Checks.notNull(plannedToDate, "status.plannedToDate").currency());
        CurrencyMismatchException.requireSame(
                "status.pace",
                budget.currency(),
                Checks.notNull(pace, "status.pace").currency());
        CurrencyMismatchException.requireSame(
                "status.spending",
                budget.currency(),
                Checks.notNull(spending, "status.spending").currency());
    }

    /**
     * Returns what counts as consumed at this status's stage.
     *
     * @return {@link Spending#consumed} of {@link #stage()}
     */
    public Money consumed() {
        return spending.consumed(stage);
    }

    /**
     * Returns what is left to consume.
     *
     * @return budget minus consumed; negative when over budget
     */
    public Money available() {
        return budget.minus(consumed());
    }

    /**
     * Returns the variance against the plan to date.
     *
     * @return plan to date minus consumed: positive under plan (favourable), negative over plan
     */
    public Money variance() {
        return plannedToDate.minus(consumed());
    }

    /**
     * Returns the variance as a percentage of the plan to date.
     *
     * @return {@code variance / plannedToDate x 100} to {@link Decimals#RATIO}, or empty while the plan to
     *     date is zero
     */
    public Optional<BigDecimal> variancePercent() {
        return percent(variance(), plannedToDate);
    }

    /**
     * Returns the consumed share of the budget, as a percentage.
     *
     * @return {@code consumed / budget x 100} to {@link Decimals#RATIO}, or empty for a zero budget
     */
    public Optional<BigDecimal> consumedPercent() {
        return percent(consumed(), budget);
    }

    /**
     * Tells whether more than the budget is consumed (exactly the budget is not over).
     *
     * @return {@code consumed > budget}
     */
    public boolean isOverBudget() {
        return consumed().isGreaterThan(budget);
    }

    /**
     * Tells whether spending runs ahead of the pace.
     *
     * @return {@code consumed > pace}
     */
    public boolean isAheadOfPace() {
        return consumed().isGreaterThan(pace);
    }

    /**
     * Adds two statuses figure by figure, for roll-ups (a cost center, CapEx, the whole budget).
     *
     * @param other a status in the same currency and at the same stage
     * @return the sum
     * @throws ValidationException with rule {@code "same-stage"}, or a {@link CurrencyMismatchException}
     */
    public BudgetStatus plus(@Nullable BudgetStatus other) {
        BudgetStatus o = Checks.notNull(other, "other");
        if (o.stage != stage) {
            throw new ValidationException("other.stage", "same-stage", o.stage, "must be " + stage + " to add up");
        }
        return new BudgetStatus(
                budget.plus(o.budget),
                plannedToDate.plus(o.plannedToDate),
                pace.plus(o.pace),
                spending.plus(o.spending),
                stage);
    }

    private static Optional<BigDecimal> percent(Money part, Money whole) {
        return whole.isZero()
                ? Optional.empty()
                : Optional.of(part.amount().multiply(HUNDRED).divide(whole.amount(), Decimals.RATIO));
    }
}
