package io.itsmkit.budget.status;

import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.Money;
import io.itsmkit.budget.plan.Budget;
import io.itsmkit.budget.plan.BudgetLine;
import io.itsmkit.budget.plan.BudgetLineId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The status of every line of a budget on a date, and its roll-ups.
 *
 * <p>Guarantees: a roll-up is the figure-by-figure sum of its lines' statuses, so the totals shown always
 * equal the sum of the lines shown; plan to date and pace are rounded once per line (half-even).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class StatusReport {
    private final Budget budget;
    private final LocalDate asOf;
    private final ConsumptionStage stage;
    private final Map<BudgetLineId, BudgetStatus> lines;

    private StatusReport(Budget budget, LocalDate asOf, ConsumptionStage stage, Map<BudgetLineId, BudgetStatus> lines) {
        this.budget = budget;
        this.asOf = asOf;
        this.stage = stage;
        this.lines = lines;
    }

    /**
     * Computes the status of every line.
     *
     * @param budget the budget
     * @param spending the spending per line; a line without an entry has spent nothing
     * @param asOf the status date, counted as elapsed
     * @param stage from which stage on spending counts as consumed
     * @return the report
     * @throws ValidationException with rule {@code "known-line"} for spending on a line the budget does not
     *     have (it would otherwise go unseen), a {@link CurrencyMismatchException} for spending in another
     *     currency, or {@code "required"}
     */
    public static StatusReport of(
            @Nullable Budget budget,
            @Nullable Map<BudgetLineId, Spending> spending,
            @Nullable LocalDate asOf,
            @Nullable ConsumptionStage stage) {
        return of(budget, spending, Map.of(), asOf, stage);
    }

    /**
     * Computes the status of every line of a revised budget: a revision (a supplement, a cut, one side of
     * a transfer) adds to its line's budget and, in full, to its plan to date.
     *
     * @param budget the budget as first planned
     * @param spending the spending per line; a line without an entry has spent nothing
     * @param revisions the revisions per line up to the status date; a line without one keeps its amount
     * @param asOf the status date, counted as elapsed
     * @param stage from which stage on spending counts as consumed
     * @return the report
     * @throws ValidationException with rule {@code "known-line"} for spending or a revision on a line the
     *     budget does not have, a {@link CurrencyMismatchException} for an amount in another currency, or
     *     {@code "required"}
     */
    public static StatusReport of(
            @Nullable Budget budget,
            @Nullable Map<BudgetLineId, Spending> spending,
            @Nullable Map<BudgetLineId, Money> revisions,
            @Nullable LocalDate asOf,
            @Nullable ConsumptionStage stage) {
        Budget b = Checks.notNull(budget, "budget");
        Map<BudgetLineId, Spending> s = Checks.notNull(spending, "spending");
        Map<BudgetLineId, Money> rev = Checks.notNull(revisions, "revisions");
        LocalDate d = Checks.notNull(asOf, "asOf");
        ConsumptionStage st = Checks.notNull(stage, "stage");
        for (Map.Entry<BudgetLineId, Spending> e : s.entrySet()) {
            b.line(Checks.notNull(e.getKey(), "spending.key"));
            Spending line = Checks.notNull(e.getValue(), "spending[" + e.getKey() + "]");
            CurrencyMismatchException.requireSame("spending[" + e.getKey() + "]", b.currency(), line.currency());
        }
        for (Map.Entry<BudgetLineId, Money> e : rev.entrySet()) {
            b.line(Checks.notNull(e.getKey(), "revisions.key"));
            Money m = Checks.notNull(e.getValue(), "revisions[" + e.getKey() + "]");
            CurrencyMismatchException.requireSame("revisions[" + e.getKey() + "]", b.currency(), m.currency());
        }
        Money zero = Money.zero(b.currency());
        Map<BudgetLineId, BudgetStatus> lines = new LinkedHashMap<>();
        for (BudgetLine line : b.lines()) {
            Spending spent = s.getOrDefault(line.id(), Spending.zero(b.currency()));
            Money revision = rev.getOrDefault(line.id(), zero);
            Money revised = line.amount().plus(revision);
            lines.put(
                    line.id(),
                    new BudgetStatus(
                            revised,
                            b.plannedToDate(line.id(), d).plus(revision),
                            Pace.of(revised, b.range(), d, RoundingMode.HALF_EVEN),
                            spent,
                            st));
        }
        return new StatusReport(b, d, st, Collections.unmodifiableMap(lines));
    }

    /**
     * Returns the budget reported on.
     *
     * @return the budget
     */
    public Budget budget() {
        return budget;
    }

    /**
     * Returns the status date.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the consumption stage.
     *
     * @return the stage
     */
    public ConsumptionStage stage() {
        return stage;
    }

    /**
     * Returns every line's status, in the budget's line order.
     *
     * @return an immutable map
     */
    public Map<BudgetLineId, BudgetStatus> lines() {
        return lines;
    }

    /**
     * Returns one line's status.
     *
     * @param lineId the line
     * @return its status
     * @throws ValidationException with rule {@code "known-line"} if the budget has no such line
     */
    public BudgetStatus line(@Nullable BudgetLineId lineId) {
        return Objects.requireNonNull(lines.get(budget.line(lineId).id()), "every line of the budget has a status");
    }

    /**
     * Returns the roll-up of every line.
     *
     * @return the budget's total status
     */
    public BudgetStatus total() {
        return lines.values().stream().reduce(BudgetStatus::plus).orElseGet(this::zero);
    }

    /**
     * Rolls the lines up by a key, e.g. {@code BudgetLine::costCenter}, {@code BudgetLine::expenseType} or
     * {@code BudgetLine::category}.
     *
     * @param key the key of a line
     * @param <K> the key type
     * @return the status per key, in the order keys are first met
     * @throws ValidationException with rule {@code "required"} if the key function is null or returns null
     */
    public <K> Map<K, BudgetStatus> rollUp(@Nullable Function<? super BudgetLine, ? extends K> key) {
        Function<? super BudgetLine, ? extends K> k = Checks.notNull(key, "key");
        Map<K, BudgetStatus> out = new LinkedHashMap<>();
        for (BudgetLine line : budget.lines()) {
            K group = Checks.notNull(k.apply(line), "key(" + line.id() + ")");
            out.merge(group, lines.get(line.id()), BudgetStatus::plus);
        }
        return Collections.unmodifiableMap(out);
    }

    private BudgetStatus zero() {
        Money z = Money.zero(budget.currency());
        return new BudgetStatus(z, z, z, Spending.zero(budget.currency()), stage);
    }
}
