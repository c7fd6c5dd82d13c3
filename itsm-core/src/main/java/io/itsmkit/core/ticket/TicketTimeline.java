package io.itsmkit.core.ticket;

import com.google.common.collect.ImmutableList;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.List;

/**
 * The ordered, immutable list of a ticket's events: what SLA clocks and reports fold over.
 *
 * <p>Guarantees: the first event is {@link TicketEvent.Opened} and no other is; instants never go
 * backwards (equal instants keep their order of arrival).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public final class TicketTimeline {
    private final ImmutableList<TicketEvent> events;

    private TicketTimeline(ImmutableList<TicketEvent> events) {
        this.events = events;
    }

    /**
     * Starts a timeline.
     *
     * @param opened the opening event
     * @return a timeline with one event
     * @throws ValidationException if {@code opened} is null
     */
    public static TicketTimeline start(TicketEvent.Opened opened) {
        return new TicketTimeline(ImmutableList.of(Checks.notNull(opened, "opened")));
    }

    /**
     * Rebuilds a timeline from stored events, checking its guarantees.
     *
     * @param events the events, oldest first
     * @return the timeline
     * @throws ValidationException if the list is empty, does not start with the only Opened event, or
     *     goes back in time
     */
    public static TicketTimeline of(List<TicketEvent> events) {
        Checks.notNull(events, "events");
        if (events.isEmpty() || !(events.get(0) instanceof TicketEvent.Opened first)) {
            throw new ValidationException(
                    "events[0]",
                    "starts-with-opened",
                    events.isEmpty() ? "none" : events.get(0),
                    "a timeline starts with its Opened event");
        }
        TicketTimeline t = start(first);
        for (int i = 1; i < events.size(); i++) {
            t = t.append(Checks.notNull(events.get(i), "events[" + i + "]"));
        }
        return t;
    }

    /**
     * Returns a timeline with one more event.
     *
     * @param event the event, not before the last one
     * @return the longer timeline; this one is unchanged
     * @throws ValidationException with rule {@code "chronological"} if the event is earlier than the last
     *     one, or {@code "single-opened"} if it is another Opened event
     */
    public TicketTimeline append(TicketEvent event) {
        Checks.notNull(event, "event");
        if (event instanceof TicketEvent.Opened) {
            throw new ValidationException("event", "single-opened", event, "a timeline has exactly one Opened event");
        }
        if (event.at().isBefore(last().at())) {
            throw new ValidationException(
                    "event.at", "chronological", event.at(), "must not be before the previous event at " + last().at());
        }
        return new TicketTimeline(ImmutableList.<TicketEvent>builderWithExpectedSize(events.size() + 1)
                .addAll(events)
                .add(event)
                .build());
    }

    /**
     * Returns the events, oldest first.
     *
     * @return an immutable list, never empty
     */
    public ImmutableList<TicketEvent> events() {
        return events;
    }

    /**
     * Returns the opening event.
     *
     * @return the first event
     */
    public TicketEvent.Opened opened() {
        return (TicketEvent.Opened) events.get(0);
    }

    /**
     * Returns the latest event.
     *
     * @return the last event
     */
    public TicketEvent last() {
        return events.get(events.size() - 1);
    }

    /**
     * Returns the events of one type, oldest first.
     *
     * @param type an event type, e.g. {@code TicketEvent.StateChanged.class}
     * @param <E> the event type
     * @return the matching events
     */
    public <E extends TicketEvent> ImmutableList<E> eventsOf(Class<E> type) {
        Checks.notNull(type, "type");
        return events.stream().filter(type::isInstance).map(type::cast).collect(ImmutableList.toImmutableList());
    }

    /**
     * Timelines are equal when their events are.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof TicketTimeline t && t.events.equals(events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    /**
     * Renders the events.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return "TicketTimeline" + events;
    }
}
