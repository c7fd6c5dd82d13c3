package io.itsmkit.core.testkit;

import io.itsmkit.core.priority.PriorityDecision;
import io.itsmkit.core.priority.PriorityOverride;
import io.itsmkit.core.ticket.ProblemEvent;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.timeline.EventId;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What a store with coarser timestamps gives back: the TCKs compare with it when an adapter declares a
 * precision coarser than nanoseconds. Every instant is truncated: the stamps', and those the events hold
 * (the moment of a priority override).
 */
public final class TimelineTruncation {
    private TimelineTruncation() {}

    /**
     * Returns a timeline with every instant truncated to a unit: the stamps' and, through {@code events},
     * those the events hold. Ids and order are unchanged.
     *
     * @param timeline the timeline written
     * @param unit the store's precision, e.g. {@link ChronoUnit#MICROS}
     * @param events truncates the instants one event holds, e.g. {@link #ticketEvent}
     * @param <E> the event family
     * @return the timeline such a store gives back
     */
    public static <E> Timeline<E> truncated(
            Timeline<E> timeline, ChronoUnit unit, BiFunction<? super E, ChronoUnit, ? extends E> events) {
        List<Recorded<E>> out = new ArrayList<>(timeline.size());
        for (Recorded<E> r : timeline) {
            Stamp s = r.stamp();
            EventId id = r.id();
            out.add(new Recorded<>(
                    id,
                    Stamp.of(
                            s.actor(),
                            s.occurredAt().truncatedTo(unit),
                            s.recordedAt().truncatedTo(unit)),
                    events.apply(r.event(), unit)));
        }
        return Timeline.of(timeline.stream(), out);
    }

    /**
     * Truncates the instants an incident or request event holds (a priority override's moment).
     *
     * @param event the event written
     * @param unit the store's precision
     * @return the event such a store gives back
     */
    public static TicketEvent ticketEvent(TicketEvent event, ChronoUnit unit) {
        if (event instanceof TicketEvent.Opened o) {
            return new TicketEvent.Opened(o.kind(), o.title(), decision(o.priority(), unit), o.classification());
        }
        if (event instanceof TicketEvent.PriorityChanged c) {
            return new TicketEvent.PriorityChanged(decision(c.from(), unit), decision(c.to(), unit));
        }
        return event;
    }

    /**
     * Truncates the instants a problem event holds (a priority override's moment).
     *
     * @param event the event written
     * @param unit the store's precision
     * @return the event such a store gives back
     */
    public static ProblemEvent problemEvent(ProblemEvent event, ChronoUnit unit) {
        if (event instanceof ProblemEvent.Opened o) {
            return new ProblemEvent.Opened(o.title(), decision(o.priority(), unit), o.classification());
        }
        if (event instanceof ProblemEvent.PriorityChanged c) {
            return new ProblemEvent.PriorityChanged(decision(c.from(), unit), decision(c.to(), unit));
        }
        return event;
    }

    private static PriorityDecision decision(PriorityDecision d, ChronoUnit unit) {
        return d.override()
                .map(o -> d.withOverride(
                        PriorityOverride.of(o.priority(), o.reason(), o.actor(), o.at().truncatedTo(unit))))
                .orElse(d);
    }
}
