package io.itsmkit.budget.allocation;

import io.itsmkit.budget.money.CurrencyUnit;
import io.itsmkit.budget.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Allocating EUR 1,234,567,890.12 over 1,000,000 weights by largest remainder, every part materialised
 * as {@link Money}, against the naive oracle ({@link NaiveAllocation}: BigDecimal fractions and a boxed
 * sort) in the same run. Weights are whole driver counts (1 to 1,000,000) or decimals with four places.
 * Run: {@code ./mvnw -B -Pbench -pl itsm-budget -am verify -DskipTests -Dbench.args="AllocationBenchmark"}.
 * ({@code -DskipTests} only leaves the unit tests out of a measuring run: CI runs every one of them.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AllocationBenchmark {
    private static final int SIZE = 1_000_000;

    @Param({"integers", "decimals"})
    public String weights;

    private final Money amount = Money.parse("EUR 1234567890.12");
    private List<BigDecimal> drivers;

    /** Draws the weights and checks that both sides agree. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(2026);
        drivers = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            drivers.add(
                    weights.equals("integers")
                            ? BigDecimal.valueOf(r.nextLong(1, 1_000_001))
                            : BigDecimal.valueOf(r.nextLong(1, 10_000_000_001L), 4));
        }
        List<Money> fast = Allocation.of(amount, drivers).parts();
        List<BigInteger> naive =
                NaiveAllocation.units(amount.amount().unscaledValue(), drivers, AllocationMode.LARGEST_REMAINDER);
        for (int i = 0; i < SIZE; i += 997) {
            if (!fast.get(i).amount().unscaledValue().equals(naive.get(i))) {
                throw new IllegalStateException("the allocations disagree at " + i);
            }
        }
    }

    /**
     * itsmkit: the allocation and every part as money.
     *
     * @param bh sink for the parts
     */
    @Benchmark
    public void itsmkit(Blackhole bh) {
        for (Money part : Allocation.of(amount, drivers).parts()) {
            bh.consume(part);
        }
    }

    /**
     * The naive oracle: the same parts, the obvious way.
     *
     * @param bh sink for the parts
     */
    @Benchmark
    public void naive(Blackhole bh) {
        for (BigInteger units :
                NaiveAllocation.units(amount.amount().unscaledValue(), drivers, AllocationMode.LARGEST_REMAINDER)) {
            bh.consume(Money.of(new BigDecimal(units, 2), CurrencyUnit.EUR));
        }
    }
}
