package io.itsmkit.change.calendar;

import io.itsmkit.change.schedule.Blackout;
import io.itsmkit.change.schedule.Schedule;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.change.schedule.Windows;
import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.cmdb.ServiceGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The test oracle for {@link ChangeCalendar}: every pair of changes compared, relations found by walking the
 * graph, schedules expanded around each change. O(n^2), obviously right, and the baseline of the benchmark.
 */
final class PairwiseConflicts {
    private final ServiceGraph graph;
    private final List<Blackout> blackouts;
    private final List<Schedule> maintenance;
    private final int hops;

    PairwiseConflicts(ServiceGraph graph, List<Blackout> blackouts, List<Schedule> maintenance, int hops) {
        this.graph = graph;
        this.blackouts = blackouts;
        this.maintenance = maintenance;
        this.hops = hops;
    }

    /** Items reachable in 1 to {@code hops} steps along any relationship, in either direction. */
    Set<ConfigurationItemId> related(ConfigurationItemId item) {
        Set<ConfigurationItemId> reached = new HashSet<>(Set.of(item));
        Set<ConfigurationItemId> frontier = Set.of(item);
        for (int step = 0; step < hops; step++) {
            Set<ConfigurationItemId> next = new HashSet<>();
            for (ConfigurationItemId at : frontier) {
                List<ConfigurationItem> around = new ArrayList<>();
                graph.parentOf(at).ifPresent(around::add);
                around.addAll(graph.childrenOf(at));
                around.addAll(graph.upstreamOf(at));
                around.addAll(graph.downstreamOf(at));
                for (ConfigurationItem n : around) {
                    if (reached.add(n.id())) {
                        next.add(n.id());
                    }
                }
            }
            frontier = next;
        }
        reached.remove(item);
        return reached;
    }

    /** Only the change-to-change conflicts: what the benchmark compares with the sweep. */
    List<Conflict> changeConflicts(List<ScheduledChange> changes) {
        List<Conflict> out = new ArrayList<>();
        for (ScheduledChange c : changes) {
            for (ScheduledChange d : changes) {
                if (c != d && c.window().overlaps(d.window())) {
                    Window w = c.window().intersection(d.window()).orElseThrow();
                    for (ConfigurationItemId i : c.items()) {
                        for (ConfigurationItemId j : d.items()) {
                            if (i.equals(j) || related(i).contains(j)) {
                                out.add(new Conflict.ChangeOverlap(c.id(), i, j, d.id(), w));
                            }
                        }
                    }
                    if (c.assignee().isPresent() && c.assignee().equals(d.assignee())) {
                        out.add(new Conflict.AssigneeBusy(c.id(), c.assignee().get(), d.id(), w));
                    }
                }
            }
        }
        return out;
    }

    List<Conflict> conflicts(List<ScheduledChange> changes) {
        List<Conflict> out = changeConflicts(changes);
        for (ScheduledChange c : changes) {
            for (ConfigurationItemId i : c.items()) {
                for (Blackout b : blackouts) {
                    if (b.schedule().scope().includes(i)) {
                        blackout(c, i, i, b, out);
                    }
                }
                List<Schedule> own = applicable(i);
                if (!own.isEmpty()) {
                    outside(c, i, i, own, out);
                }
                for (ConfigurationItemId r : related(i)) {
                    for (Blackout b : blackouts) {
                        if (b.schedule().scope().includes(r)
                                && !b.schedule().scope().includes(i)) {
                            blackout(c, i, r, b, out);
                        }
                    }
                    List<Schedule> theirs = applicable(r);
                    if (!theirs.isEmpty() && !theirs.equals(own)) {
                        outside(c, i, r, theirs, out);
                    }
                }
            }
        }
        return out;
    }

    private List<Schedule> applicable(ConfigurationItemId item) {
        return maintenance.stream().filter(s -> s.scope().includes(item)).toList();
    }

    private static void blackout(
            ScheduledChange c, ConfigurationItemId i, ConfigurationItemId on, Blackout b, List<Conflict> out) {
        List<Window> hit = b.schedule().windowsOverlapping(c.window()).windows();
        if (!hit.isEmpty()) {
            out.add(new Conflict.InBlackout(
                    c.id(),
                    i,
                    on,
                    b.schedule().name(),
                    b.freeze(),
                    hit.get(0).intersection(c.window()).orElseThrow()));
        }
    }

    private static void outside(
            ScheduledChange c,
            ConfigurationItemId i,
            ConfigurationItemId on,
            List<Schedule> schedules,
            List<Conflict> out) {
        List<Window> all = new ArrayList<>();
        schedules.forEach(s -> all.addAll(s.windowsOverlapping(c.window()).windows()));
        List<Window> uncovered = Windows.of(all).uncovered(c.window());
        if (!uncovered.isEmpty()) {
            out.add(new Conflict.OutsideMaintenance(c.id(), i, on, uncovered.get(0)));
        }
    }
}
