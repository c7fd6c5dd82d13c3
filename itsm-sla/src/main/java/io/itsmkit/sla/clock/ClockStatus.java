package io.itsmkit.sla.clock;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.sla.ratio.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The state of one metric's clock as of an instant: what {@link ClockEvaluator#evaluate} returns per metric.
 *
 * <p>Arithmetic (all in the metric's calendar): a pause accrues nothing; on resume the due instant is
 * {@code addWorkingTime(resume, target - elapsed)}, never "due plus the wall-clock pause"; while paused the
 * due shown is the projection {@code addWorkingTime(at, target - elapsed)}; once the target is used up the due
 * is the instant it was used up. Breached means {@code elapsed > target}, exactly the target is met.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param subject whose clock it is
 * @param at the evaluation instant
 * @param stage the stage
 * @param cycle the cycle number, 0 before the clock started
 * @param everBreached whether any cycle was ever breached, up to {@code at}
 * @param elapsed the working time elapsed in the current cycle
 * @param elapsedWall the wall-clock time the current cycle has run (pauses excluded)
 * @param paused whether the clock is paused now (a paused clock can also be breached)
 * @param pausedFor the wall-clock time the current cycle has been paused
 * @param target the target in effect
 * @param startedAt when the current cycle began
 * @param stoppedAt when the clock stopped or was cancelled
 * @param due the due instant, as the class documentation says; empty before the start, after a cancel, or
 *     beyond the calendar horizon
 * @param originalDue the due instant the cycle had when it began (or, under the retroactive policy, as if
 *     the current target had held since then), ignoring pauses
 * @param breachedAt the instant the target was used up, when the clock is breached
 * @param warnings the warning thresholds and their instants
 * @param transitions the explanation: every transition, in order, with the condition that caused it
 */
public record ClockStatus(
        ClockSubject subject,
        Instant at,
        Stage stage,
        int cycle,
        boolean everBreached,
        Duration elapsed,
        Duration elapsedWall,
        boolean paused,
        Duration pausedFor,
        Duration target,
        Optional<Instant> startedAt,
        Optional<Instant> stoppedAt,
        Optional<Instant> due,
        Optional<Instant> originalDue,
        Optional<Instant> breachedAt,
        List<Warning> warnings,
        List<ClockTransition> transitions) {

    /**
     * Validates and copies the components.
     *
     * @throws ValidationException if a component is null or holds null, the cycle is negative, a duration
     *     negative or longer than the calendar horizon (rule {@code "within-horizon"}), the target not positive, or the breach instant does not match the stage (rule
     *     {@code "breached-iff-breach-instant"})
     * @param subject see {@link #subject()}
     * @param at see {@link #at()}
     * @param stage see {@link #stage()}
     * @param cycle see {@link #cycle()}
     * @param everBreached see {@link #everBreached()}
     * @param elapsed see {@link #elapsed()}
     * @param elapsedWall see {@link #elapsedWall()}
     * @param paused see {@link #paused()}
     * @param pausedFor see {@link #pausedFor()}
     * @param target see {@link #target()}
     * @param startedAt see {@link #startedAt()}
     * @param stoppedAt see {@link #stoppedAt()}
     * @param due see {@link #due()}
     * @param originalDue see {@link #originalDue()}
     * @param breachedAt see {@link #breachedAt()}
     * @param warnings see {@link #warnings()}
     * @param transitions see {@link #transitions()}
     */
    public ClockStatus {
        Checks.notNull(subject, "status.subject");
        Checks.notNull(at, "status.at");
        Checks.notNull(stage, "status.stage");
        Checks.notNegative(cycle, "status.cycle");
        Checks.notNegative(elapsed, "status.elapsed");
        Checks.notNegative(elapsedWall, "status.elapsedWall");
        Checks.notNegative(pausedFor, "status.pausedFor");
        Checks.positive(target, "status.target");
        withinHorizon(elapsed, "status.elapsed");
        withinHorizon(elapsedWall, "status.elapsedWall");
        withinHorizon(pausedFor, "status.pausedFor");
        withinHorizon(target, "status.target");
        Checks.notNull(startedAt, "status.startedAt");
        Checks.notNull(stoppedAt, "status.stoppedAt");
        Checks.notNull(due, "status.due");
        Checks.notNull(originalDue, "status.originalDue");
        Checks.notNull(breachedAt, "status.breachedAt");
        warnings = Checks.noNulls(warnings, "status.warnings");
        transitions = Checks.noNulls(transitions, "status.transitions");
        if ((stage == Stage.BREACHED) != breachedAt.isPresent()) {
            throw new ValidationException(
                    "status.breachedAt",
                    "breached-iff-breach-instant",
                    breachedAt.map(Instant::toString).orElse("empty"),
                    "must be present exactly when the stage is BREACHED, here " + stage);
        }
    }

    private static final long MAX_SECONDS =
            BusinessCalendar.HORIZON_END.getEpochSecond() - BusinessCalendar.HORIZON_START.getEpochSecond();

    private static void withinHorizon(Duration d, String path) {
        if (d.toSeconds() >= MAX_SECONDS) {
            throw new ValidationException(path, "within-horizon", d, "must be shorter than the calendar horizon");
        }
    }

    /**
     * Returns the working time left before the breach: negative once breached (as JSM shows it). Pauses
     * accrue nothing, so this is also the time left if the clock paused now.
     *
     * @return {@code target - elapsed}
     */
    public Duration timeLeft() {
        return target.minus(elapsed);
    }

    /**
     * Returns the exact share of the target used: {@code elapsed / target} in nanoseconds, never rounded.
     *
     * @return the ratio, whose numerator is the elapsed and denominator the target, in nanoseconds
     */
    public Ratio percent() {
        return Ratio.of(elapsed.toNanos(), target.toNanos());
    }

    /**
     * Tells whether the clock is running or paused (it can still change).
     *
     * @return {@code true} for the stages running, paused, outside working hours, and a running breach
     */
    public boolean isActive() {
        return cycle > 0 && stoppedAt.isEmpty();
    }

    /**
     * Tells whether the clock stopped, met or breached (not cancelled).
     *
     * @return {@code true} for a stopped clock
     */
    public boolean isStopped() {
        return stoppedAt.isPresent() && stage != Stage.CANCELLED;
    }

    /**
     * Explains the clock for people: the agreement and metric, the stage, and every transition with the
     * condition that caused it.
     *
     * @return the explanation
     */
    public String explain() {
        return subject.kind() + " " + subject.agreement() + " / " + subject.metric() + " for " + subject.ticket()
                + " at " + at + ": " + stage + ", " + elapsed + " of " + target
                + transitions.stream().map(ClockTransition::toString).collect(Collectors.joining("; ", "; ", ""));
    }
}
