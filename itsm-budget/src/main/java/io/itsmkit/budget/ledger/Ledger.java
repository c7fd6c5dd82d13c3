package io.itsmkit.budget.ledger;

import io.itsmkit.budget.fiscal.FiscalPeriod;
import io.itsmkit.budget.money.CurrencyMismatchException;
import io.itsmkit.budget.money.Money;
import io.itsmkit.budget.plan.Budget;
import io.itsmkit.budget.plan.BudgetId;
import io.itsmkit.budget.plan.BudgetLine;
import io.itsmkit.budget.plan.BudgetLineId;
import io.itsmkit.budget.status.ConsumptionStage;
import io.itsmkit.budget.status.Spending;
import io.itsmkit.budget.status.StatusReport;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.StateChangeRefusedException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identified;
import io.itsmkit.core.timeline.EventId;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The append-only ledger of a budget: the left fold of its {@link LedgerEvent}s on a core
 * {@link Timeline}, whose stream is the budget's id.
 *
 * <p>{@link #post} and {@link #reverse} validate, create one event and apply it, returning the new ledger;
 * the ledger they are called on does not change. {@link #replay} rebuilds a ledger from its budget and
 * stored timeline, refusing a history that breaks a rule. Corrections are reversals, never edits.
 *
 * <p>Guarantees: the status on a date counts every entry dated up to that date, minus every reversal
 * dated up to it, so it does not depend on the order entries were posted in, and reversing every entry
 * brings every figure back to the budget as planned. An entry is reversed at most once; a reversal cannot
 * be reversed (post the entry again instead).
 *
 * <p>Failures: a malformed entry or reversal throws {@link ValidationException} (rules {@code "known-line"},
 * {@code "budget-period"}, {@code "known-posting"}, {@code "reversal-not-before-entry"}, a
 * {@link CurrencyMismatchException}); a reversal the ledger's state refuses throws
 * {@link StateChangeRefusedException} (rules {@code "reversed-once"}, {@code "reverse-a-posting"}).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Ledger implements Identified<BudgetId> {
    private final Budget budget;
    private final Set<FiscalPeriod> periods;
    private final Set<BudgetLineId> lines;
    private final Timeline<LedgerEvent> timeline;
    /** Positions of reversed postings; never changed once this ledger exists (reverse copies it). */
    private final BitSet reversed;

    private Ledger(
            Budget budget,
            Set<FiscalPeriod> periods,
            Set<BudgetLineId> lines,
            Timeline<LedgerEvent> timeline,
            BitSet reversed) {
        this.budget = budget;
        this.periods = periods;
        this.lines = lines;
        this.timeline = timeline;
        this.reversed = reversed;
    }

    /**
     * Opens the empty ledger of a budget.
     *
     * @param budget the budget
     * @return a ledger with no entries
     * @throws ValidationException with rule {@code "required"} if null
     */
    public static Ledger open(@Nullable Budget budget) {
        Budget b = Checks.notNull(budget, "budget");
        return new Ledger(
                b,
                Set.copyOf(b.periods()),
                b.lines().stream().map(BudgetLine::id).collect(Collectors.toUnmodifiableSet()),
                Timeline.empty(b.id()),
                new BitSet());
    }

    /**
     * Rebuilds a ledger from its budget and its stored timeline.
     *
     * @param budget the budget the ledger belongs to
     * @param timeline the ledger's events as stored
     * @return the ledger; {@code replay(l.budget(), l.timeline()).equals(l)}
     * @throws ValidationException with rule {@code "same-budget"} if the timeline is another budget's, or as
     *     {@link #post} and {@link #reverse} do for an event, named {@code timeline[i]}
     * @throws StateChangeRefusedException as {@link #reverse} does
     */
    public static Ledger replay(@Nullable Budget budget, @Nullable Timeline<LedgerEvent> timeline) {
        Ledger ledger = open(budget);
        Timeline<LedgerEvent> t = Checks.notNull(timeline, "timeline");
        if (!t.stream().equals(ledger.id())) {
            throw new ValidationException(
                    "timeline.stream", "same-budget", t.stream(), "must be the ledger of budget " + ledger.id());
        }
        BitSet reversed = new BitSet();
        for (int i = 0; i < t.size(); i++) {
            LedgerEvent e = t.get(i).event();
            String path = "timeline[" + i + "]";
            if (e instanceof LedgerEvent.Posted p) {
                ledger.check(p.entry(), path + ".entry");
            } else if (e instanceof LedgerEvent.Reversed r) {
                reversed.set(ledger.checkReversal(t.prefix(i), reversed, r, path + ".posting"));
            }
        }
        return new Ledger(ledger.budget, ledger.periods, ledger.lines, t, reversed);
    }

    /**
     * Posts an entry.
     *
     * @param entry the entry, booked to a line and a period of the budget, in its currency
     * @param stamp who posts it, when it happened and when it was recorded
     * @return the ledger with the entry
     * @throws ValidationException with rule {@code "known-line"} or {@code "budget-period"}, a
     *     {@link CurrencyMismatchException}, {@code "chronological"} for a stamp before the last event's, or
     *     {@code "required"}
     */
    public Ledger post(@Nullable LedgerEntry entry, @Nullable Stamp stamp) {
        LedgerEntry e = Checks.notNull(entry, "entry");
        Stamp st = Checks.notNull(stamp, "stamp");
        check(e, "entry");
        Timeline<LedgerEvent> t = timeline.append(st, new LedgerEvent.Posted(e));
        return new Ledger(budget, periods, lines, t, reversed);
    }

    /**
     * Reverses a posted entry from a date on.
     *
     * @param posting the id of the {@link LedgerEvent.Posted} event to reverse
     * @param date the day the reversal is dated, not before the entry's date
     * @param reason why, for people
     * @param stamp who reverses it, when
     * @return the ledger with the reversal
     * @throws ValidationException with rule {@code "known-posting"} for an id not in this ledger,
     *     {@code "reversal-not-before-entry"}, {@code "not-blank"} or {@code "required"}
     * @throws StateChangeRefusedException with rule {@code "reversed-once"} if the entry is already
     *     reversed, or {@code "reverse-a-posting"} if the id is a reversal
     */
    public Ledger reverse(
            @Nullable EventId posting, @Nullable LocalDate date, @Nullable String reason, @Nullable Stamp stamp) {
        LedgerEvent.Reversed r = new LedgerEvent.Reversed(
                Checks.notNull(posting, "posting"), Checks.notNull(date, "date"), Checks.notBlank(reason, "reason"));
        Stamp st = Checks.notNull(stamp, "stamp");
        int index = checkReversal(timeline, reversed, r, "posting");
        Timeline<LedgerEvent> t = timeline.append(st, r);
        BitSet copy = (BitSet) reversed.clone();
        copy.set(index);
        return new Ledger(budget, periods, lines, t, copy);
    }

    private void check(LedgerEntry entry, String path) {
        if (!lines.contains(entry.line())) {
            throw new ValidationException(
                    path + ".line", "known-line", entry.line(), "is not a line of budget " + budget.id());
        }
        CurrencyMismatchException.requireSame(
                path + ".amount", budget.currency(), entry.amount().currency());
        if (!periods.contains(entry.period())) {
            throw new ValidationException(
                    path + ".period", "budget-period", entry.period(), "is not a period of budget " + budget.id());
        }
    }

    /** Checks a reversal against a timeline and returns the position of the posting it reverses. */
    private int checkReversal(Timeline<LedgerEvent> t, BitSet done, LedgerEvent.Reversed r, String path) {
        EventId id = r.posting();
        if (!id.stream().equals(t.stream()) || id.sequence() > t.size()) {
            throw new ValidationException(path, "known-posting", id, "is not an event of ledger " + t.stream());
        }
        int index = (int) (id.sequence() - 1);
        if (!(t.get(index).event() instanceof LedgerEvent.Posted p)) {
            throw new StateChangeRefusedException(
                    "ledger " + t.stream(), "reverse-a-posting", id + " is a reversal; post the entry again instead");
        }
        if (done.get(index)) {
            throw new StateChangeRefusedException("ledger " + t.stream(), "reversed-once", id + " is already reversed");
        }
        if (r.date().isBefore(p.entry().date())) {
            throw new ValidationException(
                    path + ".date",
                    "reversal-not-before-entry",
                    r.date(),
                    "must not be before the reversed entry's date " + p.entry().date());
        }
        return index;
    }

    /**
     * Returns the budget.
     *
     * @return the budget the ledger belongs to
     */
    public Budget budget() {
        return budget;
    }

    /**
     * Returns the budget's id, the stream of the ledger's timeline.
     *
     * @return the id
     */
    @Override
    public BudgetId id() {
        return budget.id();
    }

    /**
     * Returns every event, in the order recorded: the only state a host has to store.
     *
     * @return the timeline
     */
    public Timeline<LedgerEvent> timeline() {
        return timeline;
    }

    /**
     * Tells whether a posting has been reversed.
     *
     * @param posting the id of a posted entry
     * @return {@code true} if a reversal of it is in the ledger
     * @throws ValidationException with rule {@code "required"} if null
     */
    public boolean isReversed(@Nullable EventId posting) {
        EventId id = Checks.notNull(posting, "posting");
        return id.stream().equals(timeline.stream())
                && id.sequence() <= timeline.size()
                && reversed.get((int) (id.sequence() - 1));
    }

    /**
     * Returns the spending per line on a date: the sums of the REQUESTED, ORDERED, ACTUAL and ACCRUAL entries
     * dated up to it, less the reversals dated up to it.
     *
     * @param asOf the date
     * @return the spending of every line with an entry other than PLAN
     * @throws ValidationException with rule {@code "required"} if null
     */
    public Map<BudgetLineId, Spending> spending(@Nullable LocalDate asOf) {
        Map<BudgetLineId, Spending> out = new LinkedHashMap<>();
        sums(Checks.notNull(asOf, "asOf")).forEach((line, s) -> {
            if (s.hasSpending()) {
                out.put(line, s.spending());
            }
        });
        return out;
    }

    /**
     * Returns the budget revisions per line on a date: the sums of the PLAN entries dated up to it, less
     * their reversals dated up to it.
     *
     * @param asOf the date
     * @return the revision of every line with a PLAN entry
     * @throws ValidationException with rule {@code "required"} if null
     */
    public Map<BudgetLineId, Money> revisions(@Nullable LocalDate asOf) {
        Map<BudgetLineId, Money> out = new LinkedHashMap<>();
        sums(Checks.notNull(asOf, "asOf")).forEach((line, s) -> {
            if (s.plan != null) {
                out.put(line, s.revision());
            }
        });
        return out;
    }

    /**
     * Returns the status of every line of the budget on a date, from this ledger.
     *
     * @param asOf the status date, counted as elapsed
     * @param stage from which stage on spending counts as consumed
     * @return the report
     * @throws ValidationException with rule {@code "required"} if an argument is null
     */
    public StatusReport status(@Nullable LocalDate asOf, @Nullable ConsumptionStage stage) {
        LocalDate d = Checks.notNull(asOf, "asOf");
        Map<BudgetLineId, Spending> spending = new HashMap<>();
        Map<BudgetLineId, Money> revisions = new HashMap<>();
        sums(d).forEach((line, s) -> {
            spending.put(line, s.spending());
            revisions.put(line, s.revision());
        });
        return StatusReport.of(budget, spending, revisions, d, Checks.notNull(stage, "stage"));
    }

    /** What counts on a date, per line. */
    private Map<BudgetLineId, Sums> sums(LocalDate asOf) {
        Map<BudgetLineId, Sums> sums = new LinkedHashMap<>();
        int n = timeline.size();
        for (int i = 0; i < n; i++) {
            LedgerEvent e = timeline.get(i).event();
            LedgerEntry entry;
            BigDecimal amount;
            if (e instanceof LedgerEvent.Posted p) {
                entry = p.entry();
                amount = entry.amount().amount();
            } else {
                LedgerEvent.Reversed r = (LedgerEvent.Reversed) e;
                entry = ((LedgerEvent.Posted)
                                timeline.get((int) (r.posting().sequence() - 1)).event())
                        .entry();
                amount = entry.amount().amount().negate();
                if (r.date().isAfter(asOf)) {
                    continue;
                }
            }
            if (!entry.date().isAfter(asOf)) {
                sums.computeIfAbsent(entry.line(), k -> new Sums(budget)).add(entry.kind(), amount);
            }
        }
        return sums;
    }

    /** The running sums of one line by kind; null where nothing was booked. */
    private static final class Sums {
        private final Budget budget;

        @Nullable
        BigDecimal plan;

        @Nullable
        BigDecimal requested;

        @Nullable
        BigDecimal ordered;

        @Nullable
        BigDecimal accrual;

        @Nullable
        BigDecimal actual;

        Sums(Budget budget) {
            this.budget = budget;
        }

        void add(EntryKind kind, BigDecimal amount) {
            switch (kind) {
                case PLAN -> plan = plus(plan, amount);
                case REQUESTED -> requested = plus(requested, amount);
                case ORDERED -> ordered = plus(ordered, amount);
                case ACCRUAL -> accrual = plus(accrual, amount);
                case ACTUAL -> actual = plus(actual, amount);
            }
        }

        private static BigDecimal plus(@Nullable BigDecimal sum, BigDecimal amount) {
            return sum == null ? amount : sum.add(amount);
        }

        boolean hasSpending() {
            return requested != null || ordered != null || accrual != null || actual != null;
        }

        Spending spending() {
            return new Spending(money(requested), money(ordered), money(actual), money(accrual));
        }

        Money revision() {
            return money(plan);
        }

        private Money money(@Nullable BigDecimal sum) {
            return sum == null ? Money.zero(budget.currency()) : Money.of(sum, budget.currency());
        }
    }

    /**
     * Ledgers are equal when their budgets and timelines are.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Ledger l && l.budget.equals(budget) && l.timeline.equals(timeline);
    }

    @Override
    public int hashCode() {
        return timeline.hashCode();
    }

    @Override
    public String toString() {
        return "ledger of " + budget.id() + ", " + timeline.size() + " events";
    }
}
