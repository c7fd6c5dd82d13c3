package io.itsmkit.sla.agreement;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.priority.Priority;
import io.itsmkit.core.priority.Scale;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A metric's target per priority, in working time of the metric's calendar: one target for every priority of
 * a scale, or one target whatever the priority.
 *
 * <p>A target is working time, so on an 8-hour calendar {@code Duration.ofDays(1)} is 24 working hours, three
 * working days (ServiceNow's reading of "1 day"); say {@code ofHours(8)} for one working day.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class Targets {
    private static final long MAX_SECONDS =
            BusinessCalendar.HORIZON_END.getEpochSecond() - BusinessCalendar.HORIZON_START.getEpochSecond();

    private final Optional<Scale<Priority>> scale;
    private final long[] nanos; // by severity index, or one value

    private Targets(Optional<Scale<Priority>> scale, long[] nanos) {
        this.scale = scale;
        this.nanos = nanos;
    }

    /**
     * One target whatever the priority.
     *
     * @param target more than zero, at most the calendar horizon
     * @return the targets
     * @throws ValidationException if the target is null, not positive or longer than the horizon
     */
    public static Targets of(Duration target) {
        return new Targets(Optional.empty(), new long[] {nanos(target, "target")});
    }

    /**
     * One target per priority of a scale, most severe first.
     *
     * @param scale the priority scale
     * @param targets one target per level of the scale, the most severe level's first
     * @return the targets
     * @throws ValidationException if an argument is null, the count differs from the scale's size (rule
     *     {@code "one-per-priority"}), or a target is not positive or longer than the horizon
     */
    public static Targets of(Scale<Priority> scale, Duration... targets) {
        Checks.notNull(scale, "scale");
        Checks.notNull(targets, "targets");
        if (targets.length != scale.size()) {
            throw new ValidationException(
                    "targets",
                    "one-per-priority",
                    targets.length + " targets",
                    "must give one target per priority of " + scale.name() + " (" + scale.size() + ")");
        }
        long[] n = new long[targets.length];
        for (int i = 0; i < n.length; i++) {
            n[i] = nanos(targets[i], "targets[" + i + "]");
        }
        return new Targets(Optional.of(scale), n);
    }

    private static long nanos(Duration d, String path) {
        Checks.positive(d, path);
        if (d.toSeconds() >= MAX_SECONDS) {
            throw new ValidationException(path, "within-horizon", d, "is longer than the whole calendar horizon");
        }
        return d.toNanos();
    }

    /**
     * Returns the target of a priority.
     *
     * @param priority a priority of this scale (any priority for a single target)
     * @return the target
     * @throws ValidationException with rule {@code "on-scale"} for a priority of another scale
     */
    public Duration targetFor(Priority priority) {
        return Duration.ofNanos(nanosFor(priority));
    }

    /**
     * Returns the target of a priority in nanoseconds.
     *
     * @param priority a priority of this scale (any priority for a single target)
     * @return the target in nanoseconds, more than zero
     * @throws ValidationException with rule {@code "on-scale"} for a priority of another scale
     */
    public long nanosFor(Priority priority) {
        Checks.notNull(priority, "priority");
        if (scale.isEmpty()) {
            return nanos[0];
        }
        return nanos[scale.get().requireMember(priority, "priority").severityIndex()];
    }

    /**
     * Returns the scale the targets are set on.
     *
     * @return the scale, or empty for a single target
     */
    public Optional<Scale<Priority>> scale() {
        return scale;
    }

    /**
     * Returns the targets per priority, most severe first.
     *
     * @return an unmodifiable map; empty for a single target
     */
    public Map<Priority, Duration> byPriority() {
        Map<Priority, Duration> m = new LinkedHashMap<>();
        scale.ifPresent(s -> s.levels().forEach(p -> m.put(p, Duration.ofNanos(nanos[p.severityIndex()]))));
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Targets are equal when they have the same scale and the same targets.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Targets t && t.scale.equals(scale) && Arrays.equals(t.nanos, nanos);
    }

    @Override
    public int hashCode() {
        return scale.hashCode() * 31 + Arrays.hashCode(nanos);
    }

    /**
     * Renders the targets, e.g. {@code "PT4H"} or {@code "{1 - Critical=PT1H, ...}"}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return scale.isEmpty()
                ? Duration.ofNanos(nanos[0]).toString()
                : byPriority().toString();
    }
}
