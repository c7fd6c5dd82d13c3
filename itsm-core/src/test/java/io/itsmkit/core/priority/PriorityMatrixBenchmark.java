package io.itsmkit.core.priority;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link PriorityMatrix#priorityOf} (validated array look-up) against the baseline most hosts write: a
 * {@code HashMap} keyed by (impact, urgency). Each invocation looks up all 25 cells of the GLPI matrix.
 * Run with {@code -Pbench}; compare the two scores of the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PriorityMatrixBenchmark {
    private final PriorityMatrix matrix = PriorityMatrices.GLPI;
    private final Map<List<Level<?>>, Priority> baseline = new HashMap<>();
    private Impact[] impacts;
    private Urgency[] urgencies;

    /** Fills the baseline map from the matrix. */
    @Setup
    public void setUp() {
        impacts = matrix.impacts().levels().toArray(new Impact[0]);
        urgencies = matrix.urgencies().levels().toArray(new Urgency[0]);
        for (Impact i : impacts) {
            for (Urgency u : urgencies) {
                baseline.put(List.of(i, u), matrix.priorityOf(i, u));
            }
        }
    }

    /**
     * itsmkit's look-up.
     *
     * @param bh sink
     */
    @Benchmark
    public void matrixLookup(Blackhole bh) {
        for (Impact i : impacts) {
            for (Urgency u : urgencies) {
                bh.consume(matrix.priorityOf(i, u));
            }
        }
    }

    /**
     * Baseline: a hash map keyed by the pair.
     *
     * @param bh sink
     */
    @Benchmark
    public void hashMapBaseline(Blackhole bh) {
        for (Impact i : impacts) {
            for (Urgency u : urgencies) {
                bh.consume(baseline.get(List.of(i, u)));
            }
        }
    }
}
