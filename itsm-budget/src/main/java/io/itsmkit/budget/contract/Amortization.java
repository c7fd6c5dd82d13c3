package io.itsmkit.budget.contract;

import io.itsmkit.budget.allocation.Allocation;
import io.itsmkit.budget.allocation.AllocationMode;
import io.itsmkit.budget.fiscal.DateRange;
import io.itsmkit.budget.fiscal.FiscalCalendar;
import io.itsmkit.budget.fiscal.FiscalYear;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Amortization of a prepaid amount (a contract's value) over its term, by days: each period's share is
 * {@code amount x days of the term in the period / days of the term}, with real calendar days (29
 * February included).
 *
 * <p>Guarantees: the parts sum exactly to the amount, and the amount amortized to the end of any period
 * is the exact share of the days elapsed rounded once (half-even), by cumulative rounding. The daily rate
 * is never rounded (rounding a 12,000 yearly contract's daily rate to 32.88 over-amortizes it by 1.20).
 *
 * <p>Implementation Requirements: stateless and thread-safe.
 */
public final class Amortization {
    private Amortization() {}

    /**
     * Amortizes over calendar months.
     *
     * @param amount the amount
     * @param term the days it is for
     * @return one line per calendar month the term touches
     * @throws ValidationException with rule {@code "required"} if an argument is null
     */
    public static List<AmortizationLine> monthly(@Nullable Money amount, @Nullable DateRange term) {
        return byDays(amount, term, Checks.notNull(term, "term").months());
    }

    /**
     * Amortizes over fiscal years.
     *
     * @param amount the amount
     * @param term the days it is for
     * @param calendar the fiscal calendar
     * @return one line per fiscal year the term touches
     * @throws ValidationException as {@link FiscalCalendar#years} does, or {@code "required"}
     */
    public static List<AmortizationLine> byFiscalYear(
            @Nullable Money amount, @Nullable DateRange term, @Nullable FiscalCalendar calendar) {
        List<FiscalYear> years = Checks.notNull(calendar, "calendar").years(Checks.notNull(term, "term"));
        return byDays(amount, term, years.stream().map(FiscalYear::range).toList());
    }

    /**
     * Amortizes over any periods that cover the term without overlapping (fiscal periods, quarters).
     *
     * @param amount the amount
     * @param term the days it is for
     * @param periods the periods, in order, not overlapping, together holding every day of the term; days
     *     outside the term earn nothing
     * @return one line per period
     * @throws ValidationException with rule {@code "ordered-disjoint"} if the periods are out of order or
     *     overlap, {@code "cover-term"} if a day of the term lies in no period, or {@code "required"}
     */
    public static List<AmortizationLine> byDays(
            @Nullable Money amount, @Nullable DateRange term, @Nullable List<DateRange> periods) {
        Money a = Checks.notNull(amount, "amount");
        DateRange t = Checks.notNull(term, "term");
        List<DateRange> p = Checks.notNull(periods, "periods");
        List<BigDecimal> days = new ArrayList<>(p.size());
        long covered = 0;
        for (int i = 0; i < p.size(); i++) {
            DateRange period = Checks.notNull(p.get(i), "periods[" + i + "]");
            if (i > 0 && period.start().isBefore(p.get(i - 1).end())) {
                throw new ValidationException(
                        "periods[" + i + "]",
                        "ordered-disjoint",
                        period,
                        "must start on or after the end of " + p.get(i - 1));
            }
            long d = period.overlapDays(t);
            covered += d;
            days.add(BigDecimal.valueOf(d));
        }
        if (covered != t.days()) {
            throw new ValidationException(
                    "periods",
                    "cover-term",
                    covered + " of " + t.days() + " days",
                    "must hold every day of the term " + t);
        }
        List<Money> parts = Allocation.of(a, days, AllocationMode.CUMULATIVE).parts();
        List<AmortizationLine> lines = new ArrayList<>(p.size());
        for (int i = 0; i < p.size(); i++) {
            lines.add(new AmortizationLine(p.get(i), days.get(i).longValueExact(), parts.get(i)));
        }
        return List.copyOf(lines);
    }
}
