package io.itsmkit.sla.agreement;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.ticket.OnHoldReason;
import io.itsmkit.sla.condition.TicketCondition;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One measured time of an agreement (first response, resolution, time with a team or a supplier): the
 * conditions of its clock, as data, its targets, calendar, warnings and policies. Start from a preset of
 * {@link Metrics} and adjust it with the {@code with...} methods.
 *
 * <p>How the clock reads the conditions, at each instant of the ticket's timeline (after all events of that
 * instant), in this fixed order whatever order the events were recorded in:
 *
 * <ol>
 *   <li><b>start</b>: a clock not started yet starts if {@code start} holds and {@code stop} does not
 *       (ServiceNow's attach rule);
 *   <li><b>stop</b>: a running or paused clock stops (met or breached) if {@code stop} holds;
 *   <li><b>reset</b>: a running or paused clock closes its cycle and opens a new one if {@code reset} holds
 *       (ignored at the instant the cycle started, and on a stopped clock);
 *   <li><b>cancel</b>: a running or paused clock is cancelled if {@code cancel} holds;
 *   <li><b>pause</b>: a running clock pauses if {@code pause} holds;
 *   <li><b>resume</b>: a paused clock resumes if {@code resume} holds;
 *   <li><b>reopen</b>: a stopped clock whose ticket was reopened at this instant, and whose {@code stop} no
 *       longer holds, continues or starts a new cycle as {@link #onReopen()} says (and pauses at once if
 *       {@code pause} holds);
 *   <li><b>priority change</b>: a running or paused clock whose ticket's priority changed takes the new
 *       target as {@link #onPriorityChange()} says.
 * </ol>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param name the metric's name, unique in its agreement, not blank
 * @param purpose response or resolution, for reports
 * @param start starts the clock
 * @param stop stops it, met or breached
 * @param pause pauses it
 * @param resume resumes it
 * @param cancel cancels it
 * @param reset closes the cycle and opens a new one
 * @param targets the target per priority, in working time
 * @param calendar the calendar the working time is counted in
 * @param warnings the warning thresholds, in order
 * @param onPriorityChange what a priority change does to a running clock
 * @param onReopen what a reopen does to a stopped clock
 * @param team the team whose time this metric measures (an OLA), if any
 * @param supplier the supplier whose time this metric measures (a UC), if any
 */
public record Metric(
        String name,
        MetricPurpose purpose,
        TicketCondition start,
        TicketCondition stop,
        TicketCondition pause,
        TicketCondition resume,
        TicketCondition cancel,
        TicketCondition reset,
        Targets targets,
        CalendarChoice calendar,
        List<Threshold> warnings,
        PriorityChangePolicy onPriorityChange,
        ReopenPolicy onReopen,
        Optional<TeamId> team,
        Optional<SupplierId> supplier) {

    /** The default warning thresholds: 50%, 75% and 90% of the target. */
    public static final List<Threshold> DEFAULT_WARNINGS =
            List.of(Threshold.percent(50), Threshold.percent(75), Threshold.percent(90));

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null, the name blank, the warnings hold null, or the
     *     start condition is {@link TicketCondition#never()} (rule {@code "can-start"})
     * @param name see {@link #name()}
     * @param purpose see {@link #purpose()}
     * @param start see {@link #start()}
     * @param stop see {@link #stop()}
     * @param pause see {@link #pause()}
     * @param resume see {@link #resume()}
     * @param cancel see {@link #cancel()}
     * @param reset see {@link #reset()}
     * @param targets see {@link #targets()}
     * @param calendar see {@link #calendar()}
     * @param warnings see {@link #warnings()}
     * @param onPriorityChange see {@link #onPriorityChange()}
     * @param onReopen see {@link #onReopen()}
     * @param team see {@link #team()}
     * @param supplier see {@link #supplier()}
     */
    public Metric {
        Checks.notBlank(name, "metric.name");
        Checks.notNull(purpose, "metric.purpose");
        Checks.notNull(start, "metric.start");
        Checks.notNull(stop, "metric.stop");
        Checks.notNull(pause, "metric.pause");
        Checks.notNull(resume, "metric.resume");
        Checks.notNull(cancel, "metric.cancel");
        Checks.notNull(reset, "metric.reset");
        Checks.notNull(targets, "metric.targets");
        Checks.notNull(calendar, "metric.calendar");
        warnings = Checks.noNulls(warnings, "metric.warnings");
        Checks.notNull(onPriorityChange, "metric.onPriorityChange");
        Checks.notNull(onReopen, "metric.onReopen");
        Checks.notNull(team, "metric.team");
        Checks.notNull(supplier, "metric.supplier");
        if (start.equals(TicketCondition.never())) {
            throw new ValidationException(
                    "metric.start", "can-start", start.describe(), "a clock must be able to start");
        }
    }

    /**
     * Returns a copy with another name.
     *
     * @param name the name
     * @return the copy
     */
    public Metric withName(String name) {
        return new Copy(this).name(name).metric();
    }

    /**
     * Returns a copy with other targets.
     *
     * @param targets the targets
     * @return the copy
     */
    public Metric withTargets(Targets targets) {
        return new Copy(this).targets(targets).metric();
    }

    /**
     * Returns a copy counting in another calendar.
     *
     * @param calendar the calendar choice
     * @return the copy
     */
    public Metric withCalendar(CalendarChoice calendar) {
        return new Copy(this).calendar(calendar).metric();
    }

    /**
     * Returns a copy with other warning thresholds.
     *
     * @param warnings the thresholds, possibly none
     * @return the copy
     */
    public Metric withWarnings(Threshold... warnings) {
        return new Copy(this)
                .warnings(Arrays.asList(Checks.notNull(warnings, "warnings")))
                .metric();
    }

    /**
     * Returns a copy whose clock also pauses while the ticket is on hold for one of the reasons (and resumes
     * when that no longer holds), e.g. awaiting caller, but not awaiting change.
     *
     * @param reasons at least one reason
     * @return the copy
     */
    public Metric withPauseOn(OnHoldReason... reasons) {
        TicketCondition onHold = TicketCondition.onHold(reasons);
        TicketCondition p = pause.equals(TicketCondition.never()) ? onHold : TicketCondition.anyOf(pause, onHold);
        return withPauseAndResume(p, TicketCondition.not(p));
    }

    /**
     * Returns a copy with other pause and resume conditions.
     *
     * @param pause pauses the clock
     * @param resume resumes it
     * @return the copy
     */
    public Metric withPauseAndResume(TicketCondition pause, TicketCondition resume) {
        return new Copy(this).pause(pause).resume(resume).metric();
    }

    /**
     * Returns a copy with another reset condition.
     *
     * @param reset closes the cycle and opens a new one
     * @return the copy
     */
    public Metric withReset(TicketCondition reset) {
        return new Copy(this).reset(reset).metric();
    }

    /**
     * Returns a copy with another priority change policy.
     *
     * @param onPriorityChange the policy
     * @return the copy
     */
    public Metric withPriorityChange(PriorityChangePolicy onPriorityChange) {
        return new Copy(this).onPriorityChange(onPriorityChange).metric();
    }

    /**
     * Returns a copy with another reopen policy.
     *
     * @param onReopen the policy
     * @return the copy
     */
    public Metric withReopen(ReopenPolicy onReopen) {
        return new Copy(this).onReopen(onReopen).metric();
    }

    /** A metric being copied with some components changed: every wither goes through it. */
    private static final class Copy {
        private String name;
        private MetricPurpose purpose;
        private TicketCondition start;
        private TicketCondition stop;
        private TicketCondition pause;
        private TicketCondition resume;
        private TicketCondition cancel;
        private TicketCondition reset;
        private Targets targets;
        private CalendarChoice calendar;
        private List<Threshold> warnings;
        private PriorityChangePolicy onPriorityChange;
        private ReopenPolicy onReopen;
        private Optional<TeamId> team;
        private Optional<SupplierId> supplier;

        Copy(Metric m) {
            name = m.name;
            purpose = m.purpose;
            start = m.start;
            stop = m.stop;
            pause = m.pause;
            resume = m.resume;
            cancel = m.cancel;
            reset = m.reset;
            targets = m.targets;
            calendar = m.calendar;
            warnings = m.warnings;
            onPriorityChange = m.onPriorityChange;
            onReopen = m.onReopen;
            team = m.team;
            supplier = m.supplier;
        }

        Copy name(String name) {
            this.name = name;
            return this;
        }

        Copy pause(TicketCondition pause) {
            this.pause = pause;
            return this;
        }

        Copy resume(TicketCondition resume) {
            this.resume = resume;
            return this;
        }

        Copy reset(TicketCondition reset) {
            this.reset = reset;
            return this;
        }

        Copy targets(Targets targets) {
            this.targets = targets;
            return this;
        }

        Copy calendar(CalendarChoice calendar) {
            this.calendar = calendar;
            return this;
        }

        Copy warnings(List<Threshold> warnings) {
            this.warnings = warnings;
            return this;
        }

        Copy onPriorityChange(PriorityChangePolicy onPriorityChange) {
            this.onPriorityChange = onPriorityChange;
            return this;
        }

        Copy onReopen(ReopenPolicy onReopen) {
            this.onReopen = onReopen;
            return this;
        }

        Metric metric() {
            return new Metric(
                    name,
                    purpose,
                    start,
                    stop,
                    pause,
                    resume,
                    cancel,
                    reset,
                    targets,
                    calendar,
                    warnings,
                    onPriorityChange,
                    onReopen,
                    team,
                    supplier);
        }
    }
}
