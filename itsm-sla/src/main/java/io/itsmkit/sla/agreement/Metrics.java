package io.itsmkit.sla.agreement;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.organisation.TeamId;
import io.itsmkit.core.ticket.TicketState;
import io.itsmkit.sla.condition.TicketCondition;
import java.util.Optional;

/**
 * The preset metrics, each with its conditions as data. Every preset is cancelled when the ticket is
 * cancelled, never resets, warns at 50%, 75% and 90%, carries elapsed time over a priority change and
 * resumes the same cycle on a reopen; adjust with the {@code with...} methods of {@link Metric}, e.g.
 * {@code Metrics.resolution(targets, calendar).withPauseOn(OnHoldReason.AWAITING_CALLER)}.
 */
public final class Metrics {
    private Metrics() {}

    /** The ticket is resolved or closed. */
    public static final TicketCondition RESOLVED =
            TicketCondition.named("resolved", TicketCondition.inState(TicketState.RESOLVED, TicketState.CLOSED));

    /** The ticket is cancelled. */
    public static final TicketCondition CANCELLED =
            TicketCondition.named("cancelled", TicketCondition.inState(TicketState.CANCELLED));

    /**
     * First response: from the ticket's opening to its first response; a resolution counts as the response if
     * none was recorded before. Does not pause.
     *
     * @param targets the targets
     * @param calendar the calendar
     * @return the metric, named {@code "first response"}
     */
    public static Metric firstResponse(Targets targets, CalendarChoice calendar) {
        return preset(
                "first response",
                MetricPurpose.RESPONSE,
                TicketCondition.opened(),
                TicketCondition.anyOf(TicketCondition.firstResponded(), RESOLVED),
                TicketCondition.never(),
                TicketCondition.never(),
                targets,
                calendar,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Resolution: from the ticket's opening to its resolution. Pauses on nothing until
     * {@link Metric#withPauseOn} names the on-hold reasons that pause it.
     *
     * @param targets the targets
     * @param calendar the calendar
     * @return the metric, named {@code "resolution"}
     */
    public static Metric resolution(Targets targets, CalendarChoice calendar) {
        return preset(
                "resolution",
                MetricPurpose.RESOLUTION,
                TicketCondition.opened(),
                RESOLVED,
                TicketCondition.never(),
                TicketCondition.never(),
                targets,
                calendar,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Time with a team (an OLA): starts when the ticket is first assigned to the team, runs while it is
     * assigned to the team, pauses while it is assigned elsewhere or unassigned, stops at resolution.
     *
     * @param team the team
     * @param targets the targets
     * @param calendar the calendar
     * @return the metric, named {@code "time with <team>"}
     */
    public static Metric teamTime(TeamId team, Targets targets, CalendarChoice calendar) {
        Checks.notNull(team, "team");
        TicketCondition assigned = TicketCondition.assignedTo(team);
        return preset(
                "time with " + team,
                MetricPurpose.RESOLUTION,
                assigned,
                RESOLVED,
                TicketCondition.not(assigned),
                assigned,
                targets,
                calendar,
                Optional.of(team),
                Optional.empty());
    }

    /**
     * Time with a supplier (an underpinning contract): starts when the supplier is first engaged, runs while
     * it is engaged (beside the team's clock), pauses while it is not, stops at resolution.
     *
     * @param supplier the supplier
     * @param targets the targets
     * @param calendar the calendar
     * @return the metric, named {@code "time with <supplier>"}
     */
    public static Metric supplierTime(SupplierId supplier, Targets targets, CalendarChoice calendar) {
        Checks.notNull(supplier, "supplier");
        TicketCondition engaged = TicketCondition.engaged(supplier);
        return preset(
                "time with " + supplier,
                MetricPurpose.RESOLUTION,
                engaged,
                RESOLVED,
                TicketCondition.not(engaged),
                engaged,
                targets,
                calendar,
                Optional.empty(),
                Optional.of(supplier));
    }

    private static Metric preset(
            String name,
            MetricPurpose purpose,
            TicketCondition start,
            TicketCondition stop,
            TicketCondition pause,
            TicketCondition resume,
            Targets targets,
            CalendarChoice calendar,
            Optional<TeamId> team,
            Optional<SupplierId> supplier) {
        return new Metric(
                name,
                purpose,
                start,
                stop,
                pause,
                resume,
                CANCELLED,
                TicketCondition.never(),
                targets,
                calendar,
                Metric.DEFAULT_WARNINGS,
                PriorityChangePolicy.CARRY_OVER,
                ReopenPolicy.RESUME,
                team,
                supplier);
    }
}
