package io.itsmkit.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
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

/**
 * Business-day arithmetic of {@link BusinessCalendar} against the day walk ({@link DayWalkCalendar}, the test
 * oracle, which steps one date at a time) on the Europe/Rome 08:30-13:00 + 14:00-18:00 Monday-Friday calendar
 * with the Italian holidays and Rome's patron saint ({@link BusinessCalendarBenchmark#romeOffice()}), for 1, 20, 250 and 2,600 business days (about ten
 * years). Starts rotate over 256 instants of 2026; the compiled years are warmed in setup, as in a
 * long-running host. Run:
 * {@code ./mvnw -B -Pbench -pl itsm-core verify -DskipTests -Dbench.args="BusinessDaysBenchmark -prof gc"}.
 * ({@code -DskipTests} only leaves the unit tests out of a measuring run: CI runs every one of them.)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BusinessDaysBenchmark {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final int STARTS = 256;

    @Param({"1", "20", "250", "2600"})
    public int days;

    private BusinessCalendar fast;
    private DayWalkCalendar dayWalk;
    private final Instant[] starts = new Instant[STARTS];
    private final Instant[] ends = new Instant[STARTS];
    private final LocalDate[] from = new LocalDate[STARTS];
    private final LocalDate[] to = new LocalDate[STARTS];
    private int i;

    /** Builds both calendars and each case, and checks that they agree on all of them. */
    @Setup(Level.Trial)
    public void setUp() {
        fast = BusinessCalendarBenchmark.romeOffice();
        dayWalk = new DayWalkCalendar((CalendarDefinition.Schedule) fast.definition(), Map.of());
        SplittableRandom r = new SplittableRandom(2026);
        Instant year = Instant.parse("2026-01-01T00:00:00Z");
        for (int k = 0; k < STARTS; k++) {
            starts[k] = year.plusSeconds(r.nextLong(365L * 86_400));
            ends[k] = fast.addBusinessDays(starts[k], days);
            from[k] = LocalDate.ofInstant(starts[k], ROME);
            to[k] = LocalDate.ofInstant(ends[k], ROME);
            if (!ends[k].equals(dayWalk.addBusinessDays(starts[k], days))
                    || !fast.subtractBusinessDays(ends[k], days).equals(dayWalk.addBusinessDays(ends[k], -days))
                    || fast.businessDaysBetween(from[k], to[k]) != dayWalk.businessDaysBetween(from[k], to[k])) {
                throw new IllegalStateException("the calendars disagree at " + starts[k]);
            }
        }
    }

    private int next() {
        return i = (i + 1) & (STARTS - 1);
    }

    /**
     * itsmkit's {@code addBusinessDays}.
     *
     * @return the instant
     */
    @Benchmark
    public Instant addCompiled() {
        int k = next();
        return fast.addBusinessDays(starts[k], days);
    }

    /**
     * The day walk's {@code addBusinessDays}.
     *
     * @return the instant
     */
    @Benchmark
    public Instant addDayWalk() {
        int k = next();
        return dayWalk.addBusinessDays(starts[k], days);
    }

    /**
     * itsmkit's {@code subtractBusinessDays}.
     *
     * @return the instant
     */
    @Benchmark
    public Instant subtractCompiled() {
        int k = next();
        return fast.subtractBusinessDays(ends[k], days);
    }

    /**
     * The day walk going back.
     *
     * @return the instant
     */
    @Benchmark
    public Instant subtractDayWalk() {
        int k = next();
        return dayWalk.addBusinessDays(ends[k], -days);
    }

    /**
     * itsmkit's {@code businessDaysBetween}.
     *
     * @return the count
     */
    @Benchmark
    public int betweenCompiled() {
        int k = next();
        return fast.businessDaysBetween(from[k], to[k]);
    }

    /**
     * The day walk's count.
     *
     * @return the count
     */
    @Benchmark
    public int betweenDayWalk() {
        int k = next();
        return dayWalk.businessDaysBetween(from[k], to[k]);
    }
}
