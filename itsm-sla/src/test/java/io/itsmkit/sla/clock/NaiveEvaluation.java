package io.itsmkit.sla.clock;

import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark baseline: the evaluation of a first-response and a resolution clock (paused while awaiting the
 * caller) recomputed from scratch, interval by interval, on a {@link DayWalk}: running intervals from the
 * events, elapsed time as a sum of {@code between}, and the due and 50/75/90% instants by walking the intervals
 * again with {@code add}. The same answers as {@link ClockEvaluator} on these two metrics (checked before
 * measuring), by the straightforward method.
 */
final class NaiveEvaluation {
    private NaiveEvaluation() {}

    /** What the benchmark compares: stage, elapsed, due and warning instants of one clock. */
    record Result(Stage stage, Duration elapsed, Instant due, List<Instant> warnings) {}

    static List<Result> evaluate(
            DayWalk cal, Timeline<TicketEvent> timeline, Instant at, Duration response, Duration resolution) {
        List<Instant[]> responding = new ArrayList<>();
        List<Instant[]> resolving = new ArrayList<>();
        Instant respondFrom = null;
        Instant resolveFrom = null;
        Instant respondStop = null;
        Instant resolveStop = null;
        boolean paused = false;
        for (Recorded<TicketEvent> r : timeline) {
            Instant t = r.occurredAt();
            if (t.isAfter(at)) {
                break;
            }
            TicketEvent e = r.event();
            if (e instanceof TicketEvent.Opened) {
                respondFrom = t;
                resolveFrom = t;
            } else if (e instanceof TicketEvent.FirstResponded && respondStop == null) {
                responding.add(new Instant[] {respondFrom, t});
                respondStop = t;
            } else if (e instanceof TicketEvent.StateChanged s) {
                boolean resolved = s.to() == TicketState.RESOLVED || s.to() == TicketState.CLOSED;
                if (resolved && respondStop == null) {
                    responding.add(new Instant[] {respondFrom, t});
                    respondStop = t;
                }
                boolean pauseNow = s.hold()
                        .map(h -> h.reason().equals(OnHoldReason.AWAITING_CALLER))
                        .orElse(false);
                if (resolveStop == null && !paused && (pauseNow || resolved)) {
                    resolving.add(new Instant[] {resolveFrom, t});
                } else if (resolveStop == null && paused && !pauseNow && !resolved) {
                    resolveFrom = t;
                }
                paused = pauseNow;
                if (resolved && resolveStop == null) {
                    resolveStop = t;
                }
            }
        }
        if (respondStop == null) {
            responding.add(new Instant[] {respondFrom, at});
        }
        boolean resolutionPaused = paused && resolveStop == null;
        if (resolveStop == null && !paused) {
            resolving.add(new Instant[] {resolveFrom, at});
        }
        return List.of(
                result(cal, responding, respondStop, false, at, response),
                result(cal, resolving, resolveStop, resolutionPaused, at, resolution));
    }

    private static Result result(
            DayWalk cal, List<Instant[]> intervals, Instant stop, boolean paused, Instant at, Duration target) {
        Duration elapsed = Duration.ZERO;
        for (Instant[] i : intervals) {
            elapsed = elapsed.plus(cal.between(i[0], i[1]));
        }
        Instant from = stop != null ? stop : at;
        Instant due = reached(cal, intervals, target, elapsed, from);
        List<Instant> warnings = new ArrayList<>();
        for (long p : new long[] {50, 75, 90}) {
            Duration level = Duration.ofNanos((target.toNanos() * p + 99) / 100);
            warnings.add(
                    level.compareTo(elapsed) <= 0 || stop == null ? reached(cal, intervals, level, elapsed, at) : null);
        }
        boolean breached = elapsed.compareTo(target) > 0;
        Stage stage = stop != null
                ? (breached ? Stage.BREACHED : Stage.MET)
                : breached
                        ? Stage.BREACHED
                        : paused ? Stage.PAUSED : cal.isWorkingTime(at) ? Stage.RUNNING : Stage.OUTSIDE_WORKING_HOURS;
        return new Result(stage, elapsed, due, warnings);
    }

    private static Instant reached(
            DayWalk cal, List<Instant[]> intervals, Duration level, Duration elapsed, Instant from) {
        if (level.compareTo(elapsed) > 0) {
            return cal.add(from, level.minus(elapsed));
        }
        Duration before = Duration.ZERO;
        for (Instant[] i : intervals) {
            Duration len = cal.between(i[0], i[1]);
            if (before.plus(len).compareTo(level) >= 0) {
                return cal.add(i[0], level.minus(before));
            }
            before = before.plus(len);
        }
        return intervals.get(0)[0];
    }
}
