package io.itsmkit.budget.alert;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.Decimals;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A budget alert threshold: a percentage of the budget that spending reaches ({@code of(80)} fires when
 * spent {@code >=} 80% of the budget), or {@link #EXCEEDED}, which fires only when spent {@code >} the
 * budget, so spending exactly the budget is not "exceeded".
 *
 * <p>Thresholds are ordered by percentage, {@link #EXCEEDED} right after {@code of(100)}; alerts of one
 * evaluation come in that order. Comparisons are exact: {@code spent x 100 >= percent x budget}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Threshold implements Comparable<Threshold> {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Fires when spending is more than the budget. */
    public static final Threshold EXCEEDED = new Threshold(HUNDRED, true);

    private final BigDecimal percent;
    private final boolean strict;

    private Threshold(BigDecimal percent, boolean strict) {
        this.percent = percent;
        this.strict = strict;
    }

    /**
     * Returns a threshold reached when spending is at least a percentage of the budget.
     *
     * @param percent the percentage, more than zero (80 for 80%, may exceed 100)
     * @return the threshold
     * @throws ValidationException with rule {@code "positive"} or a rule of {@link Decimals#bounded}
     */
    public static Threshold of(@Nullable BigDecimal percent) {
        return new Threshold(Decimals.positive(percent, "threshold.percent").stripTrailingZeros(), false);
    }

    /**
     * Returns a threshold reached when spending is at least a whole percentage of the budget.
     *
     * @param percent the percentage, more than zero
     * @return the threshold
     * @throws ValidationException with rule {@code "positive"}
     */
    public static Threshold of(long percent) {
        return of(BigDecimal.valueOf(percent));
    }

    /**
     * Returns the percentage of the budget.
     *
     * @return the percentage; 100 for {@link #EXCEEDED}
     */
    public BigDecimal percent() {
        return percent;
    }

    /**
     * Tells whether this is {@link #EXCEEDED}.
     *
     * @return {@code true} if the threshold needs spending strictly above the budget
     */
    public boolean isExceeded() {
        return strict;
    }

    /**
     * Tells whether spending has reached the threshold.
     *
     * @param budget the budget, zero or more
     * @param spent the spending, in the budget's currency
     * @return {@code spent x 100 >= percent x budget}, or {@code spent > budget} for {@link #EXCEEDED}
     * @throws ValidationException with rule {@code "not-negative"} for a negative budget, or a
     *     {@link CurrencyMismatchException}
     */
    public boolean isReachedBy(@Nullable Money budget, @Nullable Money spent) {
        Money b = Checks.notNull(budget, "budget");
        Money s = Checks.notNull(spent, "spent");
        CurrencyMismatchException.requireSame("spent", b.currency(), s.currency());
        if (b.isNegative()) {
            throw new ValidationException("budget", "not-negative", b, "must be zero or more");
        }
        int c = s.amount().multiply(HUNDRED).compareTo(percent.multiply(b.amount()));
        return strict ? c > 0 : c >= 0;
    }

    /**
     * Orders thresholds by percentage; {@link #EXCEEDED} comes right after {@code of(100)}.
     *
     * @param other another threshold
     * @return the comparison
     * @throws ValidationException with rule {@code "required"} if null
     */
    @Override
    public int compareTo(@Nullable Threshold other) {
        Threshold o = Checks.notNull(other, "other");
        int c = percent.compareTo(o.percent);
        return c != 0 ? c : Boolean.compare(strict, o.strict);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Threshold t && t.strict == strict && t.percent.compareTo(percent) == 0;
    }

    @Override
    public int hashCode() {
        return percent.hashCode() * 2 + (strict ? 1 : 0);
    }

    /**
     * Renders the threshold as {@code ">= 80%"} or {@code "exceeded"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return strict ? "exceeded" : ">= " + percent.toPlainString() + "%";
    }
}
