package io.itsmkit.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
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
 * {@link BusinessCalendar} against the day-walk reference ({@link DayWalkCalendar}, the test oracle) on a
 * Europe/Rome 08:30-13:00 + 14:00-18:00 Monday-Friday calendar with the Italian holidays, for spans of 4
 * working hours, 40 working hours and one calendar year. Starts rotate over 256 instants of 2026 so
 * nothing is constant-folded; the compiled chunks are warmed in setup, as in a long-running host.
 * Run: {@code ./mvnw -B -Pbench -pl itsm-core verify -Dbench.args="BusinessCalendarBenchmark -prof gc"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BusinessCalendarBenchmark {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final int STARTS = 256;

    @Param({"4h", "40h", "1y"})
    public String span;

    private BusinessCalendar fast;
    private DayWalkCalendar dayWalk;
    private final Instant[] starts = new Instant[STARTS];
    private final Instant[] ends = new Instant[STARTS];
    private final Duration[] amounts = new Duration[STARTS];
    private int i;

    /**
     * The calendar both calendar benchmarks measure: Europe/Rome, 08:30-13:00 and 14:00-18:00 Monday to
     * Friday, the Italian holidays and Rome's patron saint.
     *
     * @return the calendar
     */
    static BusinessCalendar romeOffice() {
        return BusinessCalendar.builder(ROME)
                .hours(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        TimeWindow.parse("08:30-13:00"),
                        TimeWindow.parse("14:00-18:00"))
                .holidays(Holidays.italy(MonthDay.of(6, 29)))
                .build();
    }

    /** Builds both calendars and the start, end and amount of each of the 256 cases. */
    @Setup(Level.Trial)
    public void setUp() {
        fast = romeOffice();
        dayWalk = new DayWalkCalendar((CalendarDefinition.Schedule) fast.definition(), Map.of());
        java.util.SplittableRandom r = new java.util.SplittableRandom(2026);
        Instant year = Instant.parse("2026-01-01T00:00:00Z");
        for (int k = 0; k < STARTS; k++) {
            starts[k] = year.plusSeconds(r.nextLong(365L * 86_400));
            amounts[k] = switch (span) {
                case "4h" -> Duration.ofHours(4);
                case "40h" -> Duration.ofHours(40);
                default -> fast.workingTimeBetween(starts[k], starts[k].plus(Duration.ofDays(365)));
            };
            ends[k] = fast.addWorkingTime(starts[k], amounts[k]);
            if (!ends[k].equals(dayWalk.add(starts[k], amounts[k], 800))
                    || !dayWalk.between(starts[k], ends[k]).equals(amounts[k])) {
                throw new IllegalStateException("the calendars disagree at " + starts[k]);
            }
        }
    }

    private int next() {
        return i = (i + 1) & (STARTS - 1);
    }

    /**
     * itsmkit's {@code workingTimeBetween}.
     *
     * @return the working time
     */
    @Benchmark
    public Duration betweenCompiled() {
        int k = next();
        return fast.workingTimeBetween(starts[k], ends[k]);
    }

    /**
     * The day walk's {@code between}.
     *
     * @return the working time
     */
    @Benchmark
    public Duration betweenDayWalk() {
        int k = next();
        return dayWalk.between(starts[k], ends[k]);
    }

    /**
     * itsmkit's {@code addWorkingTime}.
     *
     * @return the instant
     */
    @Benchmark
    public Instant addCompiled() {
        int k = next();
        return fast.addWorkingTime(starts[k], amounts[k]);
    }

    /**
     * The day walk's {@code add}.
     *
     * @return the instant
     */
    @Benchmark
    public Instant addDayWalk() {
        int k = next();
        return dayWalk.add(starts[k], amounts[k], 800);
    }
}
