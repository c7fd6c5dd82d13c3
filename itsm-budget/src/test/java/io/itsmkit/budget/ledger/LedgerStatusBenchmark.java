package io.itsmkit.budget.ledger;

import io.itsmkit.budget.fiscal.FiscalCalendar;
import io.itsmkit.budget.fiscal.FiscalPeriod;
import io.itsmkit.budget.fiscal.FiscalYear;
import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.Money;
import io.itsmkit.budget.plan.Budget;
import io.itsmkit.budget.plan.BudgetId;
import io.itsmkit.budget.plan.BudgetLine;
import io.itsmkit.budget.plan.BudgetLineId;
import io.itsmkit.budget.plan.CostCategory;
import io.itsmkit.budget.plan.CostCenterId;
import io.itsmkit.budget.plan.ExpenseType;
import io.itsmkit.budget.plan.Phasing;
import io.itsmkit.budget.status.ConsumptionStage;
import io.itsmkit.budget.status.StatusReport;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.timeline.Stamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The status of a 10,000-line budget from a ledger of 1,000,000 entries (every kind, random lines, dates
 * and amounts over the year, 2% of them reversed 40 days later), against the naive baseline ({@link NaiveLedgerStatus}:
 * streams grouping by line and kind, summing money) in the same run.
 * Run: {@code ./mvnw -B -Pbench -pl itsm-budget -am verify -DskipTests -Dbench.args="LedgerStatusBenchmark"}.
 * ({@code -DskipTests} only leaves the unit tests out of a measuring run: CI runs every one of them.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx4g"})
public class LedgerStatusBenchmark {
    private static final int LINES = 10_000;
    private static final int ENTRIES = 1_000_000;

    private Ledger ledger;
    private final LocalDate asOf = LocalDate.of(2026, 12, 15);

    /** Builds the budget and posts the entries. */
    @Setup(Level.Trial)
    public void setUp() {
        FiscalYear year = FiscalCalendar.CALENDAR_YEAR.year(2026);
        Budget.Builder b = Budget.builder(BudgetId.of("BENCH"), year, CurrencyUnit.EUR);
        BudgetLineId[] ids = new BudgetLineId[LINES];
        for (int i = 0; i < LINES; i++) {
            ids[i] = BudgetLineId.of("L" + i);
            b.line(new BudgetLine(
                    ids[i],
                    CostCenterId.of("CC" + i % 50),
                    i % 3 == 0 ? ExpenseType.CAPEX : ExpenseType.OPEX,
                    CostCategory.of("Software"),
                    Money.ofMinor(10_000_000L + i, CurrencyUnit.EUR),
                    Phasing.EVEN));
        }
        Budget budget = b.build();
        Ledger l = Ledger.open(budget);
        SplittableRandom r = new SplittableRandom(2026);
        Stamp stamp = Stamp.of(ActorId.of("bench"), Instant.parse("2027-01-01T00:00:00Z"));
        EntryKind[] kinds = EntryKind.values();
        for (int i = 0; i < ENTRIES; i++) {
            FiscalPeriod p = year.periods().get(r.nextInt(12));
            LocalDate date = p.range().start().plusDays(r.nextInt(28));
            l = l.post(
                    LedgerEntry.of(
                            kinds[r.nextInt(kinds.length)],
                            ids[r.nextInt(LINES)],
                            Money.ofMinor(r.nextLong(-100_000, 1_000_000), CurrencyUnit.EUR),
                            date,
                            p),
                    stamp);
            if (i % 50 == 49) {
                l = l.reverse(l.timeline().last().id(), date.plusDays(40), "correction", stamp);
            }
        }
        ledger = l;
        if (!ledger.status(asOf, ConsumptionStage.FROM_REQUESTED)
                .lines()
                .equals(NaiveLedgerStatus.status(ledger, asOf, ConsumptionStage.FROM_REQUESTED)
                        .lines())) {
            throw new IllegalStateException("the statuses disagree");
        }
    }

    /**
     * itsmkit: the ledger's status report.
     *
     * @return the report
     */
    @Benchmark
    public StatusReport itsmkit() {
        return ledger.status(asOf, ConsumptionStage.FROM_REQUESTED);
    }

    /**
     * The naive baseline.
     *
     * @return the report
     */
    @Benchmark
    public StatusReport naive() {
        return NaiveLedgerStatus.status(ledger, asOf, ConsumptionStage.FROM_REQUESTED);
    }
}
