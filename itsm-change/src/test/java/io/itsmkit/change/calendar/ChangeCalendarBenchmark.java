package io.itsmkit.change.calendar;

import io.itsmkit.change.request.ChangeId;
import io.itsmkit.change.schedule.Blackout;
import io.itsmkit.change.schedule.Freeze;
import io.itsmkit.change.schedule.Recurrence;
import io.itsmkit.change.schedule.RecurringWindow;
import io.itsmkit.change.schedule.Schedule;
import io.itsmkit.change.schedule.Scope;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.cmdb.Criticality;
import io.itsmkit.core.cmdb.ItemKind;
import io.itsmkit.core.cmdb.ServiceGraph;
import io.itsmkit.core.id.ActorId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ChangeCalendar#conflicts} (sort and sweep, {@code O(n log n + k)}) against comparing every pair of
 * changes ({@code O(n^2)}, with the related items precomputed), on the same calendar in the same run.
 *
 * <p>The calendar: 20,000 items (1,000 hosts each containing 9 virtual machines, 10,000 applications each
 * depending on a virtual machine), {@code n} changes touching 1 or 2 items, starting at a random minute of
 * 2026, lasting 30 minutes to 4 hours, two thirds of them assigned to one of 2,000 people. The
 * {@code sweepWithSchedules} variant adds a weekly maintenance schedule for the hosts and a yearly hard freeze
 * for the applications. Run with {@code -Pbench}.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ChangeCalendarBenchmark {
    /** How many scheduled changes. */
    @Param({"10000", "100000"})
    public int n;

    private List<ScheduledChange> changes;
    private ChangeCalendar plain;
    private ChangeCalendar withSchedules;
    private Map<ConfigurationItemId, Set<ConfigurationItemId>> related;

    /** Builds the graph, the changes and both calendars. */
    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(42);
        ServiceGraph.Builder g = ServiceGraph.builder();
        List<ConfigurationItemId> items = new ArrayList<>();
        List<ConfigurationItemId> hosts = new ArrayList<>();
        List<ConfigurationItemId> apps = new ArrayList<>();
        for (int h = 0; h < 1_000; h++) {
            ConfigurationItemId host = add(g, items, "host-" + h, ItemKind.INFRASTRUCTURE);
            hosts.add(host);
            for (int v = 0; v < 9; v++) {
                g.contains(host, add(g, items, "vm-" + h + "-" + v, ItemKind.INFRASTRUCTURE));
            }
        }
        for (int a = 0; a < 10_000; a++) {
            ConfigurationItemId app = add(g, items, "app-" + a, ItemKind.APPLICATION);
            apps.add(app);
            g.dependsOn(app, ConfigurationItemId.of("vm-" + r.nextInt(1_000) + "-" + r.nextInt(9)));
        }
        ServiceGraph graph = g.build();
        Instant year = Instant.parse("2026-01-01T00:00:00Z");
        changes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Set<ConfigurationItemId> touched = new HashSet<>();
            for (int k = r.nextInt(1, 3); k > 0; k--) {
                touched.add(items.get(r.nextInt(items.size())));
            }
            Window w = Window.of(
                    year.plusSeconds(60L * r.nextInt(365 * 24 * 60)), Duration.ofMinutes(30L * r.nextInt(1, 9)));
            Optional<ActorId> who =
                    r.nextInt(3) == 0 ? Optional.empty() : Optional.of(ActorId.of("p" + r.nextInt(2_000)));
            changes.add(new ScheduledChange(ChangeId.of("CHG" + i), touched, w, who));
        }
        plain = ChangeCalendar.builder(graph).build();
        withSchedules = ChangeCalendar.builder(graph)
                .maintenance(new Schedule(
                        "host maintenance",
                        Scope.of(hosts),
                        List.of(new RecurringWindow(
                                Recurrence.weekly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                                LocalTime.of(1, 0),
                                Duration.ofHours(6),
                                ZoneId.of("Europe/Rome"))),
                        List.of()))
                .blackout(new Blackout(
                        new Schedule(
                                "year-end freeze",
                                Scope.of(apps),
                                List.of(new RecurringWindow(
                                        Recurrence.yearly(MonthDay.of(12, 15)),
                                        LocalTime.MIDNIGHT,
                                        Duration.ofDays(21),
                                        ZoneId.of("Europe/Rome"))),
                                List.of()),
                        Freeze.hard()))
                .build();
        related = items.stream().collect(Collectors.toMap(i -> i, i -> Set.copyOf(plain.relatedItems(i))));
    }

    private static ConfigurationItemId add(
            ServiceGraph.Builder g, List<ConfigurationItemId> items, String id, ItemKind kind) {
        ConfigurationItemId ci = ConfigurationItemId.of(id);
        g.add(ConfigurationItem.of(ci, id, kind, Criticality.MEDIUM));
        items.add(ci);
        return ci;
    }

    /**
     * itsmkit: every change-to-change conflict by sort and sweep.
     *
     * @return the conflicts
     */
    @Benchmark
    public List<Conflict> sweep() {
        return plain.conflicts(changes);
    }

    /**
     * itsmkit: the same, plus the maintenance and blackout checks.
     *
     * @return the conflicts
     */
    @Benchmark
    public List<Conflict> sweepWithSchedules() {
        return withSchedules.conflicts(changes);
    }

    /**
     * Baseline: every pair of changes compared for overlap, shared or related items and a shared assignee.
     *
     * @return the number of conflicts, counted the way {@link #sweep()} reports them
     */
    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public long pairwise() {
        long found = 0;
        int size = changes.size();
        for (int i = 0; i < size; i++) {
            ScheduledChange c = changes.get(i);
            Instant cs = c.window().start();
            Instant ce = c.window().end();
            for (int j = i + 1; j < size; j++) {
                ScheduledChange d = changes.get(j);
                if (cs.isBefore(d.window().end()) && d.window().start().isBefore(ce)) {
                    for (ConfigurationItemId a : c.items()) {
                        for (ConfigurationItemId b : d.items()) {
                            if (a.equals(b) || related.get(a).contains(b)) {
                                found += 2;
                            }
                        }
                    }
                    if (c.assignee().isPresent() && c.assignee().equals(d.assignee())) {
                        found += 2;
                    }
                }
            }
        }
        return found;
    }
}
