package io.itsmkit.sla.report;

import io.itsmkit.sla.clock.ClockStatus;
import io.itsmkit.sla.clock.Stage;
import io.itsmkit.sla.testkit.SlaFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * Attainment over 1,000,000 evaluated clocks (random fixtures tickets and agreements, every stage), overall and
 * broken down by service, against the same counts written as plain JDK streams.
 * Run: {@code ./mvnw -B -Pbench -pl itsm-sla -am verify -DskipTests -Dbench.args="AttainmentBenchmark"}.
 * ({@code -DskipTests} only leaves the unit tests out of a measuring run: CI runs every one of them.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class AttainmentBenchmark {
    private static final int CLOCKS = 1_000_000;

    private List<ClockStatus> clocks;

    /** Evaluates a million clocks. */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom r = new SplittableRandom(7);
        List<ClockStatus> all = new ArrayList<>(CLOCKS + 8);
        while (all.size() < CLOCKS) {
            all.addAll(SlaFixtures.evaluations().sample(r));
        }
        clocks = List.copyOf(all.subList(0, CLOCKS));
    }

    /**
     * itsmkit's attainment.
     *
     * @return the attainment
     */
    @Benchmark
    public Attainment attainment() {
        return Attainment.of(clocks);
    }

    /**
     * Baseline: two stream counts.
     *
     * @return met and breached
     */
    @Benchmark
    public long[] attainmentStreams() {
        return new long[] {
            clocks.stream().filter(c -> c.stage() == Stage.MET).count(),
            clocks.stream().filter(c -> c.stage() == Stage.BREACHED).count()
        };
    }

    /**
     * itsmkit's breakdown by service.
     *
     * @return attainment per service
     */
    @Benchmark
    public Map<String, Attainment> byService() {
        return Attainment.by(clocks, Dimension.SERVICE::of);
    }

    /**
     * Baseline: a grouping collector.
     *
     * @return counts per service and stage
     */
    @Benchmark
    public Map<String, Map<Stage, Long>> byServiceStreams() {
        return clocks.stream()
                .filter(c -> c.stage() == Stage.MET || c.stage() == Stage.BREACHED)
                .collect(Collectors.groupingBy(
                        Dimension.SERVICE::of, Collectors.groupingBy(ClockStatus::stage, Collectors.counting())));
    }
}
