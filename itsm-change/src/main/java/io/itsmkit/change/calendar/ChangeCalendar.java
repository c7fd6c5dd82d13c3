package io.itsmkit.change.calendar;

import io.itsmkit.change.request.ChangeId;
import io.itsmkit.change.schedule.Blackout;
import io.itsmkit.change.schedule.Schedule;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.change.schedule.Windows;
import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.cmdb.ServiceGraph;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The change calendar: detects conflicts between scheduled changes, blackout windows and maintenance windows,
 * and finds the next slot a change can run in.
 *
 * <h2>Semantics (the contract)</h2>
 *
 * <ul>
 *   <li>Windows are half-open ({@link Window}): changes that touch (one ends when the next starts) never
 *       conflict; touching maintenance windows merge into one.
 *   <li><b>Related items</b> are the items at most {@link Builder#relatedWithin(int) n} relationships away in
 *       the {@link ServiceGraph}, following containment (parent, child) and dependency (upstream, downstream)
 *       in either direction. The default, {@code n = 1}, is ServiceNow's parent/child rule: only direct
 *       relations, so two children of one parent (siblings) never conflict. Deeper relations are an option:
 *       {@code relatedWithin(2)} makes siblings related, at the cost of more conflicts.
 *   <li>Conflicts between two changes ({@link ConflictKind#ITEM_ALREADY_SCHEDULED},
 *       {@link ConflictKind#RELATED_ITEM_ALREADY_SCHEDULED}, {@link ConflictKind#ASSIGNEE_ALREADY_SCHEDULED})
 *       are symmetric: each change of the pair has the mirror conflict. One conflict is reported per pair of
 *       changes and pair of items (or assignee).
 *   <li>An item has maintenance windows when a maintenance schedule's scope includes it; a change to it must
 *       then lie inside the union of those windows. A related item's blackout or maintenance windows are
 *       reported as {@code RELATED_ITEM_...} conflicts only when they do not also apply to the item itself,
 *       so an all-items blackout is reported once per item, not once per relation.
 *   <li>Items of the changes must be items of the graph. Recurring schedules are expanded within the horizon
 *       of core's calendars (1900 to 2150).
 * </ul>
 *
 * <h2>Speed</h2>
 *
 * {@link #conflicts(Collection)} sorts each item's and each assignee's changes by start and sweeps them:
 * {@code O(n log n + k)} for {@code n} changes and {@code k} conflicts, against {@code O(n^2)} for comparing
 * every pair. {@link #conflictsOf} and {@link #nextAvailableSlot} index the calendar once and answer by binary
 * search.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class ChangeCalendar {
    private final List<Blackout> blackouts;
    private final List<Schedule> maintenance;
    private final Set<ConflictKind> checked;
    private final Map<ConfigurationItemId, List<ConfigurationItemId>> related;

    private ChangeCalendar(Builder b) {
        this.blackouts = List.copyOf(b.blackouts);
        this.maintenance = List.copyOf(b.maintenance);
        this.checked = Set.copyOf(b.checked);
        this.related = relatedWithin(b.graph, b.hops);
    }

    /**
     * Starts a calendar over a CMDB graph, with no blackout or maintenance schedule, checking every conflict
     * kind with direct relations only.
     *
     * @param graph the configuration items and their relationships
     * @return a builder
     * @throws ValidationException if the graph is null
     */
    public static Builder builder(ServiceGraph graph) {
        return new Builder(Checks.notNull(graph, "graph"));
    }

    /**
     * Returns the items related to an item: within the configured number of relationships, nearest first,
     * the item itself excluded.
     *
     * @param item an item of the graph
     * @return the related items
     * @throws ValidationException if the item is null or not in the graph
     */
    public List<ConfigurationItemId> relatedItems(ConfigurationItemId item) {
        return knownRelatives(item, "item");
    }

    /**
     * Detects every conflict of every change: with each other, with blackouts and with maintenance windows.
     *
     * @param changes the scheduled changes, with distinct identifiers
     * @return the conflicts, in no particular order; empty if there is none
     * @throws ValidationException if the collection or a change is null, two changes share an identifier, or a
     *     change touches an item not in the graph
     */
    public List<Conflict> conflicts(Collection<ScheduledChange> changes) {
        List<ScheduledChange> cs = validated(changes, "changes");
        List<Conflict> out = new ArrayList<>();
        if (cs.isEmpty()) {
            return out;
        }
        Map<ConfigurationItemId, List<Sweep.Entry>> byItem = new LinkedHashMap<>();
        Map<ActorId, List<Sweep.Entry>> byAssignee = new LinkedHashMap<>();
        group(cs, byItem, byAssignee);
        byItem.values().forEach(Sweep::sortByStart);
        byAssignee.values().forEach(Sweep::sortByStart);
        if (checked.contains(ConflictKind.ITEM_ALREADY_SCHEDULED)) {
            byItem.forEach((item, entries) -> Sweep.within(entries, (a, b, w) -> {
                out.add(new Conflict.ChangeOverlap(
                        a.change().id(), item, item, b.change().id(), w));
                out.add(new Conflict.ChangeOverlap(
                        b.change().id(), item, item, a.change().id(), w));
            }));
        }
        if (checked.contains(ConflictKind.RELATED_ITEM_ALREADY_SCHEDULED)) {
            // each related pair of items once: from the one grouped first (cheaper than comparing identifiers)
            List<Map.Entry<ConfigurationItemId, List<Sweep.Entry>>> groups = new ArrayList<>(byItem.entrySet());
            Map<ConfigurationItemId, Integer> order = new HashMap<>();
            for (int g = 0; g < groups.size(); g++) {
                order.put(groups.get(g).getKey(), g);
            }
            for (int mine = 0; mine < groups.size(); mine++) {
                ConfigurationItemId item = groups.get(mine).getKey();
                for (ConfigurationItemId other : related.getOrDefault(item, List.of())) {
                    Integer theirs = order.get(other);
                    if (theirs != null && mine < theirs) {
                        Sweep.between(
                                groups.get(mine).getValue(), groups.get(theirs).getValue(), (a, b, w) -> {
                                    if (!a.change().id().equals(b.change().id())) {
                                        out.add(new Conflict.ChangeOverlap(
                                                a.change().id(),
                                                item,
                                                other,
                                                b.change().id(),
                                                w));
                                        out.add(new Conflict.ChangeOverlap(
                                                b.change().id(),
                                                other,
                                                item,
                                                a.change().id(),
                                                w));
                                    }
                                });
                    }
                }
            }
        }
        if (checked.contains(ConflictKind.ASSIGNEE_ALREADY_SCHEDULED)) {
            byAssignee.forEach((who, entries) -> Sweep.within(entries, (a, b, w) -> {
                out.add(new Conflict.AssigneeBusy(
                        a.change().id(), who, b.change().id(), w));
                out.add(new Conflict.AssigneeBusy(
                        b.change().id(), who, a.change().id(), w));
            }));
        }
        if (checksSchedules()) {
            Instant first = cs.get(0).window().start();
            Instant last = cs.get(0).window().end();
            for (ScheduledChange c : cs) {
                first = c.window().start().isBefore(first) ? c.window().start() : first;
                last = c.window().end().isAfter(last) ? c.window().end() : last;
            }
            ScheduleView view = new ScheduleView(new Window(first, last));
            for (ScheduledChange c : cs) {
                scheduleConflicts(c, view, out);
            }
        }
        return out;
    }

    /**
     * Detects the conflicts of one change against a calendar of others, as {@link #conflicts(Collection)}
     * would report them for that change.
     *
     * @param candidate the change to check
     * @param calendar the other scheduled changes; a change with the candidate's identifier is ignored
     * @return the candidate's conflicts, in no particular order
     * @throws ValidationException if an argument or a change is null, two changes of the calendar share an
     *     identifier, or a change touches an item not in the graph
     */
    public List<Conflict> conflictsOf(ScheduledChange candidate, Collection<ScheduledChange> calendar) {
        knownItems(Checks.notNull(candidate, "candidate"), "candidate");
        Probe probe = new Probe(candidate, calendar, candidate.window());
        List<Conflict> out = new ArrayList<>();
        ChangeId id = candidate.id();
        Window w = candidate.window();
        for (ConfigurationItemId item : candidate.items()) {
            if (checked.contains(ConflictKind.ITEM_ALREADY_SCHEDULED)) {
                probe.items.forEachOverlapping(
                        item,
                        w,
                        e -> out.add(new Conflict.ChangeOverlap(
                                id, item, item, e.change().id(), overlap(w, e))));
            }
            if (checked.contains(ConflictKind.RELATED_ITEM_ALREADY_SCHEDULED)) {
                for (ConfigurationItemId r : related.getOrDefault(item, List.of())) {
                    probe.items.forEachOverlapping(
                            r,
                            w,
                            e -> out.add(new Conflict.ChangeOverlap(
                                    id, item, r, e.change().id(), overlap(w, e))));
                }
            }
        }
        if (checked.contains(ConflictKind.ASSIGNEE_ALREADY_SCHEDULED)) {
            candidate
                    .assignee()
                    .ifPresent(a -> probe.assignees.forEachOverlapping(
                            a,
                            w,
                            e -> out.add(
                                    new Conflict.AssigneeBusy(id, a, e.change().id(), overlap(w, e)))));
        }
        if (checksSchedules()) {
            scheduleConflicts(candidate, probe.view, out);
        }
        return out;
    }

    /**
     * Finds the earliest window of the candidate's length, starting at or after {@code from} and ending at or
     * before {@code from + horizon}, in which the candidate has no blocking conflict (ServiceNow's
     * "next available" scheduling assistant searches 90 days).
     *
     * @param candidate the change to place; its current window gives the length
     * @param calendar the other scheduled changes; a change with the candidate's identifier is ignored
     * @param from the earliest start
     * @param horizon how far to search, more than zero
     * @param roles the roles of whoever schedules the change: soft freezes whose override role is among them
     *     do not block
     * @return the earliest free window, or empty if there is none within the horizon
     * @throws ValidationException if an argument or a change is null, the horizon is not positive or ends
     *     after {@link Instant#MAX}, two changes share an identifier, or a change touches an unknown item
     */
    public Optional<Window> nextAvailableSlot(
            ScheduledChange candidate,
            Collection<ScheduledChange> calendar,
            Instant from,
            Duration horizon,
            Set<String> roles) {
        knownItems(Checks.notNull(candidate, "candidate"), "candidate");
        Checks.notNull(roles, "roles");
        Window range = Window.of(Checks.notNull(from, "from"), Checks.positive(horizon, "horizon"));
        Duration length = candidate.window().length();
        if (length.compareTo(horizon) > 0) {
            return Optional.empty();
        }
        Probe probe = new Probe(candidate, calendar, range);
        Instant latestStart = range.end().minus(length);
        Instant t = from;
        while (!t.isAfter(latestStart)) {
            Window w = new Window(t, t.plus(length));
            Instant next = probe.blockedUntil(w, roles);
            if (next == null) {
                return Optional.of(w);
            }
            t = next;
        }
        return Optional.empty();
    }

    private boolean checksSchedules() {
        return (!blackouts.isEmpty()
                        && (checked.contains(ConflictKind.BLACKOUT)
                                || checked.contains(ConflictKind.RELATED_ITEM_BLACKOUT)))
                || (!maintenance.isEmpty()
                        && (checked.contains(ConflictKind.OUTSIDE_MAINTENANCE_WINDOW)
                                || checked.contains(ConflictKind.RELATED_ITEM_OUTSIDE_MAINTENANCE_WINDOW)));
    }

    private void scheduleConflicts(ScheduledChange c, ScheduleView view, List<Conflict> out) {
        for (ConfigurationItemId item : c.items()) {
            ItemRules own = view.rules(item);
            if (checked.contains(ConflictKind.BLACKOUT)) {
                for (int b = own.blackouts.nextSetBit(0); b >= 0; b = own.blackouts.nextSetBit(b + 1)) {
                    blackoutConflict(c, item, item, b, view, out);
                }
            }
            if (checked.contains(ConflictKind.OUTSIDE_MAINTENANCE_WINDOW)) {
                outsideMaintenance(c, item, item, own, out);
            }
            for (ConfigurationItemId r : related.getOrDefault(item, List.of())) {
                ItemRules rel = view.rules(r);
                if (checked.contains(ConflictKind.RELATED_ITEM_BLACKOUT)) {
                    for (int b = rel.blackouts.nextSetBit(0); b >= 0; b = rel.blackouts.nextSetBit(b + 1)) {
                        if (!own.blackouts.get(b)) {
                            blackoutConflict(c, item, r, b, view, out);
                        }
                    }
                }
                if (checked.contains(ConflictKind.RELATED_ITEM_OUTSIDE_MAINTENANCE_WINDOW)
                        && !rel.maintenance.equals(own.maintenance)) {
                    outsideMaintenance(c, item, r, rel, out);
                }
            }
        }
    }

    private static void outsideMaintenance(
            ScheduledChange c, ConfigurationItemId item, ConfigurationItemId on, ItemRules rules, List<Conflict> out) {
        if (!rules.maintenance.isEmpty() && !rules.maintenanceWindows.contains(c.window())) {
            out.add(new Conflict.OutsideMaintenance(
                    c.id(),
                    item,
                    on,
                    rules.maintenanceWindows.uncovered(c.window()).get(0)));
        }
    }

    private void blackoutConflict(
            ScheduledChange c,
            ConfigurationItemId item,
            ConfigurationItemId on,
            int b,
            ScheduleView view,
            List<Conflict> out) {
        view.blackoutWindows[b].firstOverlapping(c.window()).ifPresent(hit -> {
            Blackout blackout = blackouts.get(b);
            out.add(new Conflict.InBlackout(
                    c.id(),
                    item,
                    on,
                    blackout.schedule().name(),
                    blackout.freeze(),
                    hit.intersection(c.window()).orElseThrow()));
        });
    }

    private static Window overlap(Window w, Sweep.Entry e) {
        return w.intersection(new Window(e.start(), e.end())).orElseThrow();
    }

    private List<ConfigurationItemId> knownRelatives(ConfigurationItemId item, String path) {
        List<ConfigurationItemId> r = related.get(Checks.notNull(item, path));
        if (r == null) {
            throw new ValidationException(path, "known-item", item, "is not an item of the calendar's service graph");
        }
        return r;
    }

    private List<ScheduledChange> validated(Collection<ScheduledChange> changes, String path) {
        Checks.notNull(changes, path);
        List<ScheduledChange> out = new ArrayList<>(changes.size());
        Set<ChangeId> ids = new HashSet<>();
        int i = 0;
        for (ScheduledChange c : changes) {
            if (c == null) {
                throw new ValidationException(
                        path + "[" + i + "]", "required", "null", "is required and must not be null");
            }
            if (!ids.add(c.id())) {
                throw new ValidationException(
                        path + "[" + i + "].id", "unique-id", c.id(), "another change has this identifier");
            }
            for (ConfigurationItemId item : c.items()) {
                if (!related.containsKey(item)) {
                    knownRelatives(item, path + "[" + i + "].items");
                }
            }
            out.add(c);
            i++;
        }
        return out;
    }

    private void knownItems(ScheduledChange c, String path) {
        for (ConfigurationItemId item : c.items()) {
            knownRelatives(item, path + ".items");
        }
    }

    private static void group(
            List<ScheduledChange> cs,
            Map<ConfigurationItemId, List<Sweep.Entry>> byItem,
            Map<ActorId, List<Sweep.Entry>> byAssignee) {
        for (ScheduledChange c : cs) {
            Sweep.Entry e = new Sweep.Entry(c);
            for (ConfigurationItemId item : c.items()) {
                byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(e);
            }
            c.assignee()
                    .ifPresent(a -> byAssignee
                            .computeIfAbsent(a, k -> new ArrayList<>())
                            .add(e));
        }
    }

    private static Map<ConfigurationItemId, List<ConfigurationItemId>> relatedWithin(ServiceGraph graph, int hops) {
        Map<ConfigurationItemId, Set<ConfigurationItemId>> neighbours = new HashMap<>();
        for (ConfigurationItem ci : graph.items()) {
            Set<ConfigurationItemId> n = new TreeSet<>();
            graph.parentOf(ci.id()).ifPresent(p -> n.add(p.id()));
            graph.childrenOf(ci.id()).forEach(c -> n.add(c.id()));
            graph.upstreamOf(ci.id()).forEach(c -> n.add(c.id()));
            graph.downstreamOf(ci.id()).forEach(c -> n.add(c.id()));
            n.remove(ci.id());
            neighbours.put(ci.id(), n);
        }
        Map<ConfigurationItemId, List<ConfigurationItemId>> out = new HashMap<>();
        for (ConfigurationItem ci : graph.items()) {
            Map<ConfigurationItemId, Integer> distance = new LinkedHashMap<>();
            distance.put(ci.id(), 0);
            Queue<ConfigurationItemId> queue = new ArrayDeque<>(List.of(ci.id()));
            while (!queue.isEmpty()) {
                ConfigurationItemId at = queue.remove();
                int d = Objects.requireNonNull(distance.get(at), "queued items have a distance");
                if (d < hops) {
                    for (ConfigurationItemId n : neighbours.getOrDefault(at, Set.of())) {
                        if (distance.putIfAbsent(n, d + 1) == null) {
                            queue.add(n);
                        }
                    }
                }
            }
            distance.remove(ci.id());
            out.put(ci.id(), List.copyOf(distance.keySet()));
        }
        return Map.copyOf(out);
    }

    /** The blackout and maintenance schedules that apply to one item, over a view's range. */
    private static final class ItemRules {
        final BitSet blackouts;
        final BitSet maintenance;
        final Windows maintenanceWindows;

        ItemRules(BitSet blackouts, BitSet maintenance, Windows maintenanceWindows) {
            this.blackouts = blackouts;
            this.maintenance = maintenance;
            this.maintenanceWindows = maintenanceWindows;
        }
    }

    /** The schedules expanded over a range, with each item's rules computed once. */
    private final class ScheduleView {
        final Windows[] blackoutWindows;
        final Windows[] maintenanceWindows;
        private final Map<ConfigurationItemId, ItemRules> rules = new HashMap<>();
        private final Map<List<BitSet>, ItemRules> shared = new HashMap<>();

        ScheduleView(Window range) {
            blackoutWindows = new Windows[blackouts.size()];
            for (int b = 0; b < blackoutWindows.length; b++) {
                blackoutWindows[b] = blackouts.get(b).schedule().windowsOverlapping(range);
            }
            maintenanceWindows = new Windows[maintenance.size()];
            for (int m = 0; m < maintenanceWindows.length; m++) {
                maintenanceWindows[m] = maintenance.get(m).windowsOverlapping(range);
            }
        }

        ItemRules rules(ConfigurationItemId item) {
            ItemRules r = rules.get(item);
            if (r == null) {
                BitSet bl = new BitSet();
                for (int b = 0; b < blackoutWindows.length; b++) {
                    bl.set(b, blackouts.get(b).schedule().scope().includes(item));
                }
                BitSet mt = new BitSet();
                for (int m = 0; m < maintenanceWindows.length; m++) {
                    mt.set(m, maintenance.get(m).scope().includes(item));
                }
                // items under the same schedules share their rules: the union of windows is computed once
                r = shared.computeIfAbsent(List.of(bl, mt), k -> {
                    List<Window> union = new ArrayList<>();
                    mt.stream().forEach(m -> union.addAll(maintenanceWindows[m].windows()));
                    return new ItemRules(bl, mt, Windows.of(union));
                });
                rules.put(item, r);
            }
            return r;
        }
    }

    /** One candidate against an indexed calendar of the other changes and the schedules over a range. */
    private final class Probe {
        final ScheduledChange candidate;
        final Index<ConfigurationItemId> items;
        final Index<ActorId> assignees;
        final ScheduleView view;

        Probe(ScheduledChange candidate, Collection<ScheduledChange> calendar, Window range) {
            this.candidate = candidate;
            List<ScheduledChange> others = new ArrayList<>();
            for (ScheduledChange c : validated(calendar, "calendar")) {
                if (!c.id().equals(candidate.id())) {
                    others.add(c);
                }
            }
            Map<ConfigurationItemId, List<Sweep.Entry>> byItem = new HashMap<>();
            Map<ActorId, List<Sweep.Entry>> byAssignee = new HashMap<>();
            group(others, byItem, byAssignee);
            this.items = Index.of(byItem);
            this.assignees = Index.of(byAssignee);
            this.view = new ScheduleView(range);
        }

        /**
         * Returns null if the candidate placed at {@code w} has no blocking conflict, otherwise the earliest
         * start after {@code w.start()} that could be free ({@link Instant#MAX} if none).
         */
        @Nullable
        Instant blockedUntil(Window w, Set<String> roles) {
            Latest latest = new Latest();
            for (ConfigurationItemId item : candidate.items()) {
                ItemRules own = view.rules(item);
                if (checked.contains(ConflictKind.ITEM_ALREADY_SCHEDULED)) {
                    items.forEachOverlapping(item, w, e -> latest.offer(e.end()));
                }
                if (checked.contains(ConflictKind.BLACKOUT)) {
                    blockingBlackouts(own.blackouts, null, w, roles, latest);
                }
                if (checked.contains(ConflictKind.OUTSIDE_MAINTENANCE_WINDOW)) {
                    outsideMaintenance(own, w, latest);
                }
                for (ConfigurationItemId r : related.getOrDefault(item, List.of())) {
                    ItemRules rel = view.rules(r);
                    if (checked.contains(ConflictKind.RELATED_ITEM_ALREADY_SCHEDULED)) {
                        items.forEachOverlapping(r, w, e -> latest.offer(e.end()));
                    }
                    if (checked.contains(ConflictKind.RELATED_ITEM_BLACKOUT)) {
                        blockingBlackouts(rel.blackouts, own.blackouts, w, roles, latest);
                    }
                    if (checked.contains(ConflictKind.RELATED_ITEM_OUTSIDE_MAINTENANCE_WINDOW)) {
                        outsideMaintenance(rel, w, latest);
                    }
                }
            }
            if (checked.contains(ConflictKind.ASSIGNEE_ALREADY_SCHEDULED)) {
                candidate.assignee().ifPresent(a -> assignees.forEachOverlapping(a, w, e -> latest.offer(e.end())));
            }
            return latest.value;
        }

        private void blockingBlackouts(BitSet which, @Nullable BitSet except, Window w, Set<String> roles, Latest l) {
            which.stream()
                    .filter(b -> except == null || !except.get(b))
                    .filter(b -> blackouts.get(b).freeze().isHard()
                            || !blackouts.get(b).freeze().isLiftedBy(roles))
                    .forEach(b -> view.blackoutWindows[b].overlapping(w).forEach(x -> l.offer(x.end())));
        }

        private void outsideMaintenance(ItemRules rules, Window w, Latest l) {
            if (!rules.maintenance.isEmpty() && !rules.maintenanceWindows.contains(w)) {
                l.offer(rules.maintenanceWindows.nextStartAfter(w.start()).orElse(Instant.MAX));
            }
        }
    }

    /** The latest of the instants offered, or null if none was. */
    private static final class Latest {
        @Nullable
        Instant value;

        void offer(Instant t) {
            if (value == null || t.isAfter(value)) {
                value = t;
            }
        }
    }

    /**
     * Collects a calendar's schedules and options. Not thread-safe.
     */
    public static final class Builder {
        private final ServiceGraph graph;
        private final List<Blackout> blackouts = new ArrayList<>();
        private final List<Schedule> maintenance = new ArrayList<>();
        private Set<ConflictKind> checked = EnumSet.allOf(ConflictKind.class);
        private int hops = 1;

        private Builder(ServiceGraph graph) {
            this.graph = graph;
        }

        /**
         * Adds a blackout (change freeze).
         *
         * @param blackout the blackout
         * @return this builder
         */
        public Builder blackout(Blackout blackout) {
            blackouts.add(Checks.notNull(blackout, "blackout"));
            return this;
        }

        /**
         * Adds a maintenance schedule: changes to its items must lie inside its windows.
         *
         * @param maintenance the schedule
         * @return this builder
         */
        public Builder maintenance(Schedule maintenance) {
            this.maintenance.add(Checks.notNull(maintenance, "maintenance"));
            return this;
        }

        /**
         * Sets how many relationships away an item counts as related (ServiceNow: 1, direct parent and child).
         *
         * @param relationships at least 1
         * @return this builder
         */
        public Builder relatedWithin(int relationships) {
            if (relationships < 1) {
                throw new ValidationException(
                        "relatedWithin", "at-least-one", relationships, "must be 1 (direct relations) or more");
            }
            this.hops = relationships;
            return this;
        }

        /**
         * Sets which conflict kinds are detected (ServiceNow's {@code change.conflict.*} properties); all by
         * default.
         *
         * @param kinds the kinds to detect, possibly none
         * @return this builder
         */
        public Builder checking(Set<ConflictKind> kinds) {
            Checks.notNull(kinds, "kinds");
            for (ConflictKind k : kinds) {
                Checks.notNull(k, "kinds[]");
            }
            this.checked = EnumSet.noneOf(ConflictKind.class);
            this.checked.addAll(kinds);
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar
         */
        public ChangeCalendar build() {
            return new ChangeCalendar(this);
        }
    }
}
