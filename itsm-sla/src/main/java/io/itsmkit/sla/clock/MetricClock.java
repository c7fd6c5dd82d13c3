package io.itsmkit.sla.clock;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.calendar.NoWorkingTimeException;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.priority.Priority;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.sla.agreement.Agreement;
import io.itsmkit.sla.agreement.CalendarChoice;
import io.itsmkit.sla.agreement.CalendarSource;
import io.itsmkit.sla.agreement.Metric;
import io.itsmkit.sla.agreement.PriorityChangePolicy;
import io.itsmkit.sla.agreement.ReopenPolicy;
import io.itsmkit.sla.agreement.Threshold;
import io.itsmkit.sla.agreement.spi.CalendarResolver;
import io.itsmkit.sla.condition.TicketCondition;
import io.itsmkit.sla.condition.TicketEventKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fold of one metric's clock: mutable, private to one evaluation (or copied by {@link ClockFold}).
 * Working time is kept in nanoseconds of the metric's calendar; each running segment is measured once when
 * it closes, and a threshold's instant is computed once, in the segment where it is crossed.
 */
final class MetricClock {
    private static final TicketCondition REOPEN = TicketCondition.happened(TicketEventKind.REOPENED);
    private static final TicketCondition PRIORITY = TicketCondition.happened(TicketEventKind.PRIORITY_CHANGED);
    private static final TicketCondition WHAT_IF_PAUSED =
            TicketCondition.named("what if: paused now", TicketCondition.never());
    private static final TicketCondition WHAT_IF_PRIORITY =
            TicketCondition.named("what if: priority changed now", TicketCondition.never());

    private enum Phase {
        NOT_STARTED,
        RUNNING,
        PAUSED,
        STOPPED,
        CANCELLED
    }

    private final Agreement agreement;
    private final Metric metric;
    private final List<Threshold> thresholds;
    private final boolean retroactive;

    private Phase phase = Phase.NOT_STARTED;
    private @Nullable BusinessCalendar calendar;
    private @Nullable Priority priority;
    private long target;
    private long originalTarget;
    private int cycle;
    private @Nullable Instant cycleStart;
    private @Nullable Instant since;
    private long elapsed;
    private long wall;
    private long paused;
    private @Nullable Instant stoppedAt;
    private @Nullable Instant dueAt;
    private boolean everBreached;
    private @Nullable Instant[] reached;
    private final List<ClockTransition> transitions;
    /** Under the retroactive policy: start instants of the cycle's running segments, and elapsed before each. */
    private final List<Instant> segmentStarts;

    private long[] segmentElapsed = new long[0];

    MetricClock(Agreement agreement, Metric metric, List<Threshold> thresholds) {
        this.agreement = agreement;
        this.metric = metric;
        this.thresholds = thresholds;
        this.retroactive = metric.onPriorityChange() == PriorityChangePolicy.RETROACTIVE;
        this.reached = new Instant[thresholds.size()];
        this.transitions = new ArrayList<>(4);
        this.segmentStarts = new ArrayList<>(0);
    }

    MetricClock(MetricClock c) {
        this.agreement = c.agreement;
        this.metric = c.metric;
        this.thresholds = c.thresholds;
        this.retroactive = c.retroactive;
        this.phase = c.phase;
        this.calendar = c.calendar;
        this.priority = c.priority;
        this.target = c.target;
        this.originalTarget = c.originalTarget;
        this.cycle = c.cycle;
        this.cycleStart = c.cycleStart;
        this.since = c.since;
        this.elapsed = c.elapsed;
        this.wall = c.wall;
        this.paused = c.paused;
        this.stoppedAt = c.stoppedAt;
        this.dueAt = c.dueAt;
        this.everBreached = c.everBreached;
        this.reached = c.reached.clone();
        this.transitions = new ArrayList<>(c.transitions);
        this.segmentStarts = new ArrayList<>(c.segmentStarts);
        this.segmentElapsed = c.segmentElapsed.clone();
    }

    private boolean active() {
        return phase == Phase.RUNNING || phase == Phase.PAUSED;
    }

    /** Applies the transitions of one instant, in the documented order, after all its events. */
    void instant(Facts f, Instant t, CalendarResolver resolver) {
        if (phase == Phase.CANCELLED || (phase == Phase.STOPPED && !f.happened(TicketEventKind.REOPENED))) {
            return; // nothing but a reopen changes a stopped clock
        }
        if (phase == Phase.NOT_STARTED
                && metric.start().test(f)
                && !metric.stop().test(f)) {
            begin(f, t, resolver);
        }
        if (active() && metric.stop().test(f)) {
            close(t);
            phase = Phase.STOPPED;
            stoppedAt = t;
            record(TransitionKind.STOPPED, t, metric.stop());
        }
        if (active() && !t.equals(cycleStart) && metric.reset().test(f)) {
            close(t);
            newCycle(t, f.priority(), TransitionKind.RESET, metric.reset());
        }
        if (active() && metric.cancel().test(f)) {
            close(t);
            phase = Phase.CANCELLED;
            stoppedAt = t;
            record(TransitionKind.CANCELLED, t, metric.cancel());
        }
        if (phase == Phase.RUNNING && metric.pause().test(f)) {
            close(t);
            phase = Phase.PAUSED;
            record(TransitionKind.PAUSED, t, metric.pause());
        }
        if (phase == Phase.PAUSED && metric.resume().test(f)) {
            close(t);
            phase = Phase.RUNNING;
            record(TransitionKind.RESUMED, t, metric.resume());
        }
        if (phase == Phase.STOPPED
                && f.happened(TicketEventKind.REOPENED)
                && !metric.stop().test(f)) {
            reopen(f, t);
        }
        if (active() && !Objects.equals(f.priority(), priority)) {
            changePriority(t, f.priority(), PRIORITY);
        }
    }

    private void begin(Facts f, Instant t, CalendarResolver resolver) {
        calendar = resolve(metric.calendar(), f, resolver);
        phase = Phase.RUNNING;
        newCycle(t, f.priority(), TransitionKind.STARTED, metric.start());
    }

    private static BusinessCalendar resolve(CalendarChoice choice, Facts f, CalendarResolver resolver) {
        if (choice instanceof CalendarChoice.Fixed fixed) {
            return fixed.calendar();
        }
        CalendarChoice.Resolved r = (CalendarChoice.Resolved) choice;
        for (CalendarSource s : r.sources()) {
            Optional<? extends Identifier> owner = switch (s) {
                case CUSTOMER -> f.classification().customer();
                case SERVICE -> f.classification().service();
                case CONFIGURATION_ITEM -> f.classification().configurationItem();
            };
            if (owner.isPresent()) {
                Optional<BusinessCalendar> found = resolver.calendarOf(owner.get());
                if (found == null) {
                    throw new ValidationException(
                            "calendarResolver(" + owner.get() + ")",
                            "not-null",
                            "null",
                            "a CalendarResolver answers empty, never null");
                }
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return r.fallback();
    }

    private void newCycle(Instant t, Priority p, TransitionKind kind, TicketCondition cause) {
        cycle++;
        cycleStart = t;
        since = t;
        elapsed = 0;
        wall = 0;
        paused = 0;
        priority = p;
        target = metric.targets().nanosFor(p);
        originalTarget = target;
        dueAt = null;
        stoppedAt = null;
        Arrays.fill(reached, null);
        segmentStarts.clear();
        record(kind, t, cause);
    }

    private void reopen(Facts f, Instant t) {
        if (metric.onReopen() == ReopenPolicy.NEW_CYCLE) {
            phase = Phase.RUNNING;
            newCycle(t, f.priority(), TransitionKind.REOPENED, REOPEN);
        } else {
            phase = Phase.RUNNING;
            since = t;
            stoppedAt = null;
            record(TransitionKind.REOPENED, t, REOPEN);
        }
        if (metric.pause().test(f)) {
            phase = Phase.PAUSED;
            record(TransitionKind.PAUSED, t, metric.pause());
        }
    }

    private void changePriority(Instant t, Priority p, TicketCondition cause) {
        close(t);
        long next = metric.targets().nanosFor(p);
        switch (metric.onPriorityChange()) {
            case RESTART -> newCycle(t, p, TransitionKind.PRIORITY_CHANGED, cause);
            case CARRY_OVER -> {
                priority = p;
                target = next;
                dueAt = elapsed >= target ? t : null;
                for (int i = 0; i < reached.length; i++) {
                    if (reached[i] == null && elapsed >= thresholds.get(i).levelNanos(target)) {
                        reached[i] = t;
                    }
                }
                everBreached |= elapsed > target;
                record(TransitionKind.PRIORITY_CHANGED, t, cause);
            }
            case RETROACTIVE -> {
                priority = p;
                target = next;
                originalTarget = next;
                dueAt = elapsed >= target ? whenCycleReached(target) : null;
                for (int i = 0; i < reached.length; i++) {
                    long level = thresholds.get(i).levelNanos(target);
                    if (reached[i] == null && elapsed >= level) {
                        reached[i] = whenCycleReached(level);
                    }
                }
                everBreached |= elapsed > target;
                record(TransitionKind.PRIORITY_CHANGED, t, cause);
            }
        }
    }

    /** The earliest instant of the current cycle at which its elapsed working time reached {@code level}. */
    private Instant whenCycleReached(long level) {
        BusinessCalendar cal = calendar();
        int n = segmentStarts.size();
        for (int i = 0; i < n; i++) {
            long e1 = i + 1 < n ? segmentElapsed[i + 1] : elapsed;
            if (e1 >= level) {
                long e0 = segmentElapsed[i];
                return level <= e0
                        ? segmentStarts.get(i)
                        : cal.addWorkingTime(segmentStarts.get(i), Duration.ofNanos(level - e0));
            }
        }
        return start();
    }

    /** Closes the current running or paused segment at {@code t}. */
    private void close(Instant t) {
        Instant s = since();
        if (phase == Phase.RUNNING) {
            BusinessCalendar cal = calendar();
            long e0 = elapsed;
            long e1 = e0 + cal.workingTimeBetween(s, t).toNanos();
            if (retroactive) {
                if (segmentElapsed.length == segmentStarts.size()) {
                    segmentElapsed = Arrays.copyOf(segmentElapsed, Math.max(4, segmentElapsed.length * 2));
                }
                segmentElapsed[segmentStarts.size()] = e0;
                segmentStarts.add(s);
            }
            for (int i = 0; i < reached.length; i++) {
                if (reached[i] == null) {
                    long level = thresholds.get(i).levelNanos(target);
                    if (e1 >= level) {
                        reached[i] = level <= e0 ? s : cal.addWorkingTime(s, Duration.ofNanos(level - e0));
                    }
                }
            }
            if (dueAt == null && e1 >= target) {
                dueAt = target <= e0 ? s : cal.addWorkingTime(s, Duration.ofNanos(target - e0));
            }
            everBreached |= e1 > target;
            elapsed = e1;
            wall += nanosBetween(s, t);
        } else if (phase == Phase.PAUSED) {
            paused += nanosBetween(s, t);
        }
        since = t;
    }

    private static long nanosBetween(Instant a, Instant b) {
        return (b.getEpochSecond() - a.getEpochSecond()) * 1_000_000_000L + (b.getNano() - a.getNano());
    }

    private void record(TransitionKind kind, Instant t, TicketCondition cause) {
        transitions.add(new ClockTransition(kind, t, cycle, cause));
    }

    /** Applies a what-if at the evaluation instant, after every event of that instant. */
    void suppose(Hypothesis h, Facts f, Instant at) {
        if (h instanceof Hypothesis.PriorityBecomes pb) {
            if (active() && !Objects.equals(pb.priority(), priority)) {
                changePriority(at, pb.priority(), WHAT_IF_PRIORITY);
            } else if (phase == Phase.NOT_STARTED) {
                priority = pb.priority();
            }
        } else if (phase == Phase.RUNNING) {
            close(at);
            phase = Phase.PAUSED;
            record(TransitionKind.PAUSED, at, WHAT_IF_PAUSED);
        }
    }

    /** The status as of {@code at}; this clock must not be used afterwards. */
    ClockStatus finish(Facts f, Identifier ticket, Instant at) {
        close(at);
        Priority p = priority != null ? priority : f.priority();
        long t = phase == Phase.NOT_STARTED ? metric.targets().nanosFor(p) : target;
        boolean breached = phase != Phase.NOT_STARTED && phase != Phase.CANCELLED && elapsed > t;
        Stage stage = stage(breached, at);
        Optional<TeamId> team =
                metric.team().isPresent() ? metric.team() : f.assignment().map(Assignment::team);
        ClockSubject subject = new ClockSubject(
                ticket,
                agreement.id(),
                agreement.kind(),
                metric.name(),
                metric.purpose(),
                f.classification().service(),
                f.classification().customer(),
                team,
                metric.supplier(),
                p);
        Optional<Instant> due = Optional.empty();
        Optional<Instant> originalDue = Optional.empty();
        if (phase != Phase.NOT_STARTED && phase != Phase.CANCELLED) {
            Instant d = dueAt;
            if (d != null) {
                due = Optional.of(d);
            } else {
                Instant from = phase == Phase.STOPPED ? stoppedAtOrAt(at) : at;
                due = add(from, t - elapsed);
            }
            originalDue = add(start(), originalTarget);
        }
        List<Warning> warnings = new ArrayList<>(thresholds.size());
        for (int i = 0; i < thresholds.size(); i++) {
            Instant r = reached[i];
            if (r != null) {
                warnings.add(new Warning(thresholds.get(i), Optional.of(r), true));
            } else if (active()) {
                warnings.add(
                        new Warning(thresholds.get(i), add(at, thresholds.get(i).levelNanos(t) - elapsed), false));
            } else {
                warnings.add(new Warning(thresholds.get(i), Optional.empty(), false));
            }
        }
        return new ClockStatus(
                subject,
                at,
                stage,
                cycle,
                everBreached,
                Duration.ofNanos(elapsed),
                Duration.ofNanos(wall),
                phase == Phase.PAUSED,
                Duration.ofNanos(paused),
                Duration.ofNanos(t),
                Optional.ofNullable(cycleStart),
                Optional.ofNullable(stoppedAt),
                due,
                originalDue,
                breached ? Optional.ofNullable(dueAt) : Optional.empty(),
                warnings,
                transitions);
    }

    private Stage stage(boolean breached, Instant at) {
        return switch (phase) {
            case NOT_STARTED -> Stage.NOT_STARTED;
            case CANCELLED -> Stage.CANCELLED;
            case STOPPED -> breached ? Stage.BREACHED : Stage.MET;
            case PAUSED -> breached ? Stage.BREACHED : Stage.PAUSED;
            case RUNNING -> {
                if (breached) {
                    yield Stage.BREACHED;
                }
                yield calendar().isWorkingTime(at) ? Stage.RUNNING : Stage.OUTSIDE_WORKING_HOURS;
            }
        };
    }

    private Optional<Instant> add(Instant from, long nanos) {
        try {
            return Optional.of(calendar().addWorkingTime(from, Duration.ofNanos(Math.max(0, nanos))));
        } catch (NoWorkingTimeException beyondHorizon) {
            return Optional.empty();
        }
    }

    private Instant stoppedAtOrAt(Instant at) {
        Instant s = stoppedAt;
        return s != null ? s : at;
    }

    private BusinessCalendar calendar() {
        BusinessCalendar c = calendar;
        if (c == null) {
            throw new IllegalStateException("the clock of " + metric.name() + " has not started");
        }
        return c;
    }

    private Instant since() {
        Instant s = since;
        return s != null ? s : Instant.EPOCH;
    }

    private Instant start() {
        Instant s = cycleStart;
        if (s == null) {
            throw new IllegalStateException("the clock of " + metric.name() + " has not started");
        }
        return s;
    }
}
