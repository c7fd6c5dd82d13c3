package io.itsmkit.sla.clock;

import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.timeline.Timeline;
import io.itsmkit.sla.agreement.Agreement;
import io.itsmkit.sla.agreement.AgreementSet;
import io.itsmkit.sla.agreement.Threshold;
import io.itsmkit.sla.agreement.spi.CalendarResolver;
import io.itsmkit.sla.condition.TicketView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates SLA clocks: a pure function of an agreement, a ticket's timeline and an instant. Only the events
 * that occurred at or before the instant count, so any clock can be seen "as of" any instant, and no
 * scheduled refresh is ever needed. Events that occurred at one instant are applied in the fixed order of
 * {@link io.itsmkit.sla.agreement.Metric}, whatever order they were recorded in. The timeline is read as a
 * valid ticket timeline (what {@code Ticket.replay} accepts); only its Opened rules are checked again.
 *
 * <p>The evaluator holds the host's {@link CalendarResolver}; {@link #DEFAULT} knows no calendar, so every
 * metric counts in its fixed or fallback calendar.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the resolver is.
 */
public final class ClockEvaluator {
    /** An evaluator without a calendar resolver. */
    public static final ClockEvaluator DEFAULT = new ClockEvaluator(CalendarResolver.NONE);

    private final CalendarResolver resolver;

    private ClockEvaluator(CalendarResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * Returns an evaluator that asks the host for customers', services' and configuration items' calendars.
     *
     * @param resolver the host's calendars
     * @return the evaluator
     * @throws ValidationException if the resolver is null
     */
    public static ClockEvaluator of(CalendarResolver resolver) {
        return new ClockEvaluator(Checks.notNull(resolver, "resolver"));
    }

    /**
     * Evaluates every metric of an agreement on a ticket as of an instant.
     *
     * @param agreement the agreement (SLA, OLA or UC; an XLA has no clocks)
     * @param timeline the ticket's timeline; events after {@code at} are ignored
     * @param at the instant, not before the ticket was opened
     * @return the status of every metric, in the agreement's order
     * @throws ValidationException if an argument is null, {@code at} is outside the calendar horizon or before
     *     the ticket was opened (rule {@code "at-or-after-opening"}), the timeline does not start with its only
     *     Opened event, or the ticket's priority is on another scale than a metric's targets
     */
    public AgreementStatus evaluate(Agreement agreement, Timeline<TicketEvent> timeline, Instant at) {
        return run(agreement, timeline, at, null, null);
    }

    /**
     * Evaluates like {@link #evaluate(Agreement, Timeline, Instant)}, with other thresholds than the metrics'
     * warnings (escalation uses it for its rules' thresholds).
     *
     * @param agreement the agreement
     * @param timeline the ticket's timeline
     * @param at the instant
     * @param thresholds the thresholds whose instants every clock's {@link ClockStatus#warnings()} gives
     * @return the status of every metric
     * @throws ValidationException as {@link #evaluate(Agreement, Timeline, Instant)}, or if the thresholds are
     *     null or hold null
     */
    public AgreementStatus evaluate(
            Agreement agreement, Timeline<TicketEvent> timeline, Instant at, List<Threshold> thresholds) {
        return run(agreement, timeline, at, Checks.noNulls(thresholds, "thresholds"), null);
    }

    /**
     * Evaluates as if something happened at {@code at}, after every event of that instant: the time left if
     * every clock paused now, or the due instants if the priority became P1 now.
     *
     * @param agreement the agreement
     * @param timeline the ticket's timeline
     * @param at the instant
     * @param hypothesis what happens at {@code at}
     * @return the status of every metric under the hypothesis
     * @throws ValidationException as {@link #evaluate(Agreement, Timeline, Instant)}, or if the hypothesis is
     *     null
     */
    public AgreementStatus whatIf(
            Agreement agreement, Timeline<TicketEvent> timeline, Instant at, Hypothesis hypothesis) {
        return run(agreement, timeline, at, null, Checks.notNull(hypothesis, "hypothesis"));
    }

    /**
     * Starts an incremental fold of an agreement's clocks over a ticket's events.
     *
     * @param agreement the agreement
     * @param timeline the events so far
     * @return the fold
     * @throws ValidationException if an argument is null or the timeline breaks the Opened rules
     */
    public ClockFold fold(Agreement agreement, Timeline<TicketEvent> timeline) {
        Checks.notNull(agreement, "agreement");
        Checks.notNull(timeline, "timeline");
        Run run = new Run(timeline.stream(), agreement, null, resolver);
        run.feed(timeline);
        return new ClockFold(agreement, run);
    }

    /**
     * Returns the ticket as it stands at an instant, as conditions see it (with the events of that instant).
     *
     * @param timeline the ticket's timeline
     * @param at the instant, not before the ticket was opened
     * @return the view
     * @throws ValidationException if an argument is null, or {@code at} is before the ticket was opened
     */
    public TicketView ticketAsOf(Timeline<TicketEvent> timeline, Instant at) {
        checkInstant(at);
        Checks.notNull(timeline, "timeline");
        Run run = new Run(timeline.stream(), NO_METRICS, null, resolver);
        run.feed(timeline.upTo(at));
        run.finish(at, null);
        return run.facts;
    }

    /**
     * Selects the agreements that apply to a ticket as it stands at an instant (first match per kind) and
     * evaluates those with clocks.
     *
     * @param agreements the ordered agreement set
     * @param timeline the ticket's timeline
     * @param at the instant
     * @return the status of each applicable SLA, OLA and UC, in matching order
     * @throws ValidationException as {@link #evaluate(Agreement, Timeline, Instant)}
     */
    public List<AgreementStatus> evaluateAll(AgreementSet agreements, Timeline<TicketEvent> timeline, Instant at) {
        Checks.notNull(agreements, "agreements");
        List<AgreementStatus> out = new ArrayList<>();
        for (Agreement a : agreements.select(ticketAsOf(timeline, at))) {
            if (!a.metrics().isEmpty()) {
                out.add(evaluate(a, timeline, at));
            }
        }
        return List.copyOf(out);
    }

    private AgreementStatus run(
            Agreement agreement,
            Timeline<TicketEvent> timeline,
            Instant at,
            @Nullable List<Threshold> thresholds,
            @Nullable Hypothesis hypothesis) {
        Checks.notNull(agreement, "agreement");
        Checks.notNull(timeline, "timeline");
        checkInstant(at);
        Run run = new Run(timeline.stream(), agreement, thresholds, resolver);
        run.feed(timeline.upTo(at));
        return new AgreementStatus(agreement.id(), at, run.finish(at, hypothesis));
    }

    static void checkInstant(Instant at) {
        Checks.notNull(at, "at");
        if (at.isBefore(BusinessCalendar.HORIZON_START) || !at.isBefore(BusinessCalendar.HORIZON_END)) {
            throw new ValidationException(
                    "at",
                    "within-horizon",
                    at,
                    "must be from " + BusinessCalendar.HORIZON_START + " to " + BusinessCalendar.HORIZON_END);
        }
    }

    private static final Agreement NO_METRICS = new Agreement(
            io.itsmkit.sla.agreement.AgreementId.of("no-metrics"),
            "no metrics",
            io.itsmkit.sla.agreement.AgreementKind.XLA,
            List.of(),
            List.of(),
            List.of(new io.itsmkit.sla.experience.ExperienceTarget(
                    "none", io.itsmkit.sla.experience.ExperienceMeasure.CSAT, io.itsmkit.sla.ratio.Ratio.ZERO)));
}
