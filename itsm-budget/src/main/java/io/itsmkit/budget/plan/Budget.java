package io.itsmkit.budget.plan;

import io.itsmkit.budget.allocation.Allocation;
import io.itsmkit.budget.allocation.AllocationMode;
import io.itsmkit.budget.fiscal.DateRange;
import io.itsmkit.budget.fiscal.FiscalPeriod;
import io.itsmkit.budget.fiscal.FiscalYear;
import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.Money;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A budget: the plan for one or more consecutive fiscal years in one currency, as lines per cost center
 * and category, each phased over the fiscal periods.
 *
 * <p>Guarantees: every line's phased amounts sum exactly to the line's amount, and the plan of a line to
 * a date is the line's amount times the weight of the periods started by that date over the total
 * weight, rounded once (half-even); for even phasing of a year of months that is {@code amount x months
 * started / 12}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Budget {
    private final BudgetId id;
    private final CurrencyUnit currency;
    private final List<FiscalYear> years;
    private final List<FiscalPeriod> periods;
    private final Map<BudgetLineId, BudgetLine> lines;
    private final Map<BudgetLineId, List<PeriodAmount>> phased;

    private Budget(Builder b, List<FiscalPeriod> periods, Map<BudgetLineId, List<PeriodAmount>> phased) {
        this.id = b.id;
        this.currency = b.currency;
        this.years = List.copyOf(b.years);
        this.periods = periods;
        this.lines = Collections.unmodifiableMap(new LinkedHashMap<>(b.lines));
        this.phased = phased;
    }

    /**
     * Starts a budget for one fiscal year; {@link Builder#throughYear} extends it over later years.
     *
     * @param id the budget's identifier
     * @param year the (first) fiscal year
     * @param currency the currency every line is planned in
     * @return a builder
     * @throws ValidationException with rule {@code "required"} if an argument is null
     */
    public static Builder builder(@Nullable BudgetId id, @Nullable FiscalYear year, @Nullable CurrencyUnit currency) {
        return new Builder(
                Checks.notNull(id, "budget.id"),
                Checks.notNull(year, "budget.year"),
                Checks.notNull(currency, "budget.currency"));
    }

    /**
     * Returns the identifier.
     *
     * @return the id
     */
    public BudgetId id() {
        return id;
    }

    /**
     * Returns the currency every amount of the budget is in.
     *
     * @return the currency
     */
    public CurrencyUnit currency() {
        return currency;
    }

    /**
     * Returns the fiscal years the budget spans.
     *
     * @return one or more consecutive years
     */
    public List<FiscalYear> years() {
        return years;
    }

    /**
     * Returns the periods of every year, in order.
     *
     * @return an immutable list
     */
    public List<FiscalPeriod> periods() {
        return periods;
    }

    /**
     * Returns the days the budget spans.
     *
     * @return from the first year's start to the last year's end
     */
    public DateRange range() {
        return DateRange.of(
                years.get(0).range().start(),
                years.get(years.size() - 1).range().end());
    }

    /**
     * Returns the lines, in the order they were added.
     *
     * @return an immutable list
     */
    public List<BudgetLine> lines() {
        return List.copyOf(lines.values());
    }

    /**
     * Returns a line.
     *
     * @param lineId the line's identifier
     * @return the line
     * @throws ValidationException with rule {@code "known-line"} if the budget has no such line
     */
    public BudgetLine line(@Nullable BudgetLineId lineId) {
        BudgetLine line = lines.get(Checks.notNull(lineId, "lineId"));
        if (line == null) {
            throw new ValidationException("lineId", "known-line", lineId, "is not a line of budget " + id);
        }
        return line;
    }

    /**
     * Returns a line's amount phased over the periods.
     *
     * @param lineId the line's identifier
     * @return one amount per period, in order, summing exactly to the line's amount
     * @throws ValidationException with rule {@code "known-line"} if the budget has no such line
     */
    public List<PeriodAmount> phased(@Nullable BudgetLineId lineId) {
        return phased.getOrDefault(line(lineId).id(), List.of());
    }

    /**
     * Returns a line's plan accumulated to a date: the phased amounts of every period that has started on
     * or before it (ERPNext's "accumulated monthly" budget).
     *
     * @param lineId the line's identifier
     * @param asOf the date; the period holding it counts in full
     * @return zero before the budget starts, the line's amount after it ends
     * @throws ValidationException with rule {@code "known-line"} or {@code "required"}
     */
    public Money plannedToDate(@Nullable BudgetLineId lineId, @Nullable LocalDate asOf) {
        LocalDate d = Checks.notNull(asOf, "asOf");
        List<PeriodAmount> amounts = phased(lineId);
        Money sum = Money.zero(currency);
        for (PeriodAmount p : amounts) {
            if (!p.period().range().start().isAfter(d)) {
                sum = sum.plus(p.amount());
            }
        }
        return sum;
    }

    /**
     * Returns the sum of every line's amount.
     *
     * @return the total planned
     */
    public Money total() {
        return lines.values().stream().map(BudgetLine::amount).reduce(Money.zero(currency), Money::plus);
    }

    /**
     * Budgets are equal when their ids, currencies, years and lines are.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Budget b
                && b.id.equals(id)
                && b.currency.equals(currency)
                && b.years.equals(years)
                && b.lines().equals(lines());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, currency, years, lines());
    }

    @Override
    public String toString() {
        return "budget " + id + " " + range() + " " + currency + " " + lines.size() + " lines, total " + total();
    }

    /** Collects a budget's years and lines; {@link #build()} validates them all at once. */
    public static final class Builder {
        private final BudgetId id;
        private final CurrencyUnit currency;
        private final List<FiscalYear> years = new ArrayList<>();
        private final Map<BudgetLineId, BudgetLine> lines = new LinkedHashMap<>();
        private final List<BudgetLine> added = new ArrayList<>();

        private Builder(BudgetId id, FiscalYear year, CurrencyUnit currency) {
            this.id = id;
            this.currency = currency;
            this.years.add(year);
        }

        /**
         * Extends the budget over every fiscal year up to and including {@code last} (a multi-year or
         * project-lifetime budget).
         *
         * @param lastYear a later year of the same fiscal calendar
         * @return this builder
         * @throws ValidationException with rule {@code "same-calendar"} or {@code "later-year"}
         */
        public Builder throughYear(@Nullable FiscalYear lastYear) {
            FiscalYear l = Checks.notNull(lastYear, "budget.lastYear");
            FiscalYear first = years.get(0);
            if (!l.calendar().equals(first.calendar())) {
                throw new ValidationException(
                        "budget.lastYear", "same-calendar", l.calendar(), "must use the calendar of " + first);
            }
            if (l.year() < first.year()) {
                throw new ValidationException("budget.lastYear", "later-year", l, "must not be before " + first);
            }
            years.subList(1, years.size()).clear();
            FiscalYear y = first;
            while (y.year() < l.year()) {
                y = y.next();
                years.add(y);
            }
            return this;
        }

        /**
         * Adds a line.
         *
         * @param line the line
         * @return this builder
         * @throws ValidationException with rule {@code "required"} if null (other rules are checked by
         *     {@link #build()})
         */
        public Builder line(@Nullable BudgetLine line) {
            added.add(Checks.notNull(line, "budget.lines[" + added.size() + "]"));
            return this;
        }

        /**
         * Builds the budget, phasing every line.
         *
         * @return the budget
         * @throws ValidationException with rule {@code "unique-line-id"}, {@code "one-weight-per-period"},
         *     {@code "positive-total-weight"}, or a {@link CurrencyMismatchException} for a line in another
         *     currency
         */
        public Budget build() {
            List<FiscalPeriod> periods =
                    years.stream().flatMap(y -> y.periods().stream()).toList();
            lines.clear();
            Map<BudgetLineId, List<PeriodAmount>> phased = new LinkedHashMap<>();
            for (int i = 0; i < added.size(); i++) {
                BudgetLine line = added.get(i);
                String path = "budget.lines[" + i + "]";
                CurrencyMismatchException.requireSame(
                        path + ".amount", currency, line.amount().currency());
                if (lines.putIfAbsent(line.id(), line) != null) {
                    throw new ValidationException(
                            path + ".id", "unique-line-id", line.id(), "is already a line of " + id);
                }
                List<Money> parts = Allocation.of(
                                line.amount(), line.phasing().weightsOf(periods), AllocationMode.CUMULATIVE)
                        .parts();
                List<PeriodAmount> amounts = new ArrayList<>(periods.size());
                for (int k = 0; k < periods.size(); k++) {
                    amounts.add(new PeriodAmount(periods.get(k), parts.get(k)));
                }
                phased.put(line.id(), List.copyOf(amounts));
            }
            return new Budget(this, periods, Map.copyOf(phased));
        }
    }
}
