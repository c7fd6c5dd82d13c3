package io.itsmkit.sla.clock;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Timeline;
import io.itsmkit.sla.agreement.Agreement;
import java.time.Instant;

/**
 * The clocks of one agreement on one ticket, folded over the events seen so far, to be continued with more:
 * a host may keep it beside a ticket and {@link #advance} it as events arrive instead of folding the whole
 * timeline again. Guarantee (a property test): advancing over a prefix and then over the whole timeline gives
 * the same status as advancing over the whole timeline at once, which is what
 * {@link ClockEvaluator#evaluate} does.
 *
 * <p>Implementation Requirements: immutable and thread-safe; {@link #advance} returns a new fold.
 */
public final class ClockFold {
    private final Agreement agreement;
    private final Run run;

    ClockFold(Agreement agreement, Run run) {
        this.agreement = agreement;
        this.run = run;
    }

    /**
     * Returns the agreement whose clocks these are.
     *
     * @return the agreement
     */
    public Agreement agreement() {
        return agreement;
    }

    /**
     * Returns how many events have been folded.
     *
     * @return the number of events
     */
    public int size() {
        return run.consumed();
    }

    /**
     * Continues the fold with the events of {@code timeline} not folded yet.
     *
     * @param timeline the ticket's timeline, which must extend the one folded so far
     * @return the fold over the whole timeline; this one is unchanged
     * @throws ValidationException if the timeline is null, of another stream, or does not extend the events
     *     folded so far (rule {@code "extends-folded"})
     */
    public ClockFold advance(Timeline<TicketEvent> timeline) {
        Checks.notNull(timeline, "timeline");
        Recorded<TicketEvent> last = run.last();
        boolean extendsFolded = timeline.stream().equals(run.stream)
                && timeline.size() >= run.consumed()
                && (last == null || timeline.get(run.consumed() - 1).equals(last));
        if (!extendsFolded) {
            throw new ValidationException(
                    "timeline",
                    "extends-folded",
                    timeline,
                    "must be the timeline of " + run.stream + " extending the " + run.consumed() + " events folded");
        }
        Run next = new Run(run);
        next.feed(timeline);
        return new ClockFold(agreement, next);
    }

    /**
     * Returns the clocks as of an instant not before the last folded event.
     *
     * @param at the instant
     * @return the status of every metric
     * @throws ValidationException if {@code at} is null, before the last folded event (rule
     *     {@code "not-before-last-event"}) or before the ticket was opened (rule {@code "at-or-after-opening"})
     */
    public AgreementStatus statusAt(Instant at) {
        ClockEvaluator.checkInstant(at);
        Recorded<TicketEvent> last = run.last();
        if (last != null && at.isBefore(last.occurredAt())) {
            throw new ValidationException(
                    "at",
                    "not-before-last-event",
                    at,
                    "must not be before the last folded event, " + last.occurredAt());
        }
        return new AgreementStatus(agreement.id(), at, new Run(run).finish(at, null));
    }
}
