package io.itsmkit.core.timeline;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.Identifier;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The ordered, append-only record of one stream's events (one ticket, one problem, one change, one
 * ledger): what aggregates fold over and SLA clocks evaluate.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>order is by occurrence: each event occurred no earlier than the one before it, and was recorded
 *       no earlier than the one before it; events that occurred at the same instant keep the order in
 *       which they were recorded (appended);
 *   <li>the event at position {@code i} (from 0) has the id {@code (stream, i + 1)};
 *   <li>{@link #append} is O(1) amortised and leaves this timeline unchanged: timelines share storage, so
 *       keeping every intermediate version of an aggregate costs no copying; appending to an older version
 *       (a branch) copies once;
 *   <li>{@link #upTo(Instant)} and {@link #prefix(int)} are O(log n) and O(1) views.
 * </ul>
 *
 * <p>Timelines are equal when they have the same stream and equal events.
 *
 * <p>Implementation Requirements: immutable and thread-safe if the events are.
 *
 * @param <E> the event family, e.g. {@code TicketEvent}
 */
public final class Timeline<E> implements Iterable<Recorded<E>> {
    private static final int FIRST_CAPACITY = 8;

    private final Identifier stream;
    private final Object[] items;
    private final int size;
    private int hash;

    private Timeline(Identifier stream, Object[] items, int size) {
        this.stream = stream;
        this.items = items;
        this.size = size;
    }

    /**
     * Returns the empty timeline of a stream.
     *
     * @param stream the identifier of the aggregate or stream
     * @param <E> the event family
     * @return a timeline with no events
     * @throws ValidationException if {@code stream} is null
     */
    public static <E> Timeline<E> empty(Identifier stream) {
        Checks.notNull(stream, "stream");
        return new Timeline<>(stream, new Object[0], 0);
    }

    /**
     * Rebuilds a timeline from stored events, checking every guarantee. O(n).
     *
     * @param stream the identifier of the stream
     * @param events the events, in order
     * @param <E> the event family
     * @return the timeline
     * @throws ValidationException if an argument or event is null, an id is not {@code (stream, i + 1)}
     *     (rule {@code "consecutive-ids"}), or the order is broken (rule {@code "chronological"})
     */
    public static <E> Timeline<E> of(Identifier stream, List<Recorded<E>> events) {
        Checks.notNull(stream, "stream");
        Checks.notNull(events, "events");
        Object[] items = new Object[Math.max(events.size(), FIRST_CAPACITY)];
        int i = 0;
        Recorded<?> previous = null;
        for (Recorded<E> r : events) {
            String path = "events[" + i + "]";
            Checks.notNull(r, path);
            EventId expected = new EventId(stream, i + 1L);
            if (!r.id().equals(expected)) {
                throw new ValidationException(
                        path + ".id", "consecutive-ids", r.id(), "must be " + expected + " in stream " + stream);
            }
            if (previous != null) {
                checkOrder(previous, r.stamp(), path);
            }
            items[i++] = r;
            previous = r;
        }
        return new Timeline<>(stream, items, i);
    }

    /**
     * Returns a timeline with one more event, which gets the next {@link EventId}.
     *
     * @param stamp who, when it occurred, when it was recorded
     * @param event the domain event
     * @return the longer timeline; this one is unchanged
     * @throws ValidationException if an argument is null, or the event occurred before the last one or was
     *     recorded before it (rule {@code "chronological"})
     */
    public Timeline<E> append(Stamp stamp, E event) {
        Checks.notNull(stamp, "stamp");
        Checks.notNull(event, "event");
        if (size > 0) {
            checkOrder(last(), stamp, "stamp");
        }
        return with(new Recorded<>(nextId(), stamp, event));
    }

    private static void checkOrder(Recorded<?> previous, Stamp next, String path) {
        if (next.occurredAt().isBefore(previous.occurredAt())) {
            throw new ValidationException(
                    path + ".occurredAt",
                    "chronological",
                    next.occurredAt(),
                    "must not be before the previous event, which occurred at " + previous.occurredAt());
        }
        if (next.recordedAt().isBefore(previous.recordedAt())) {
            throw new ValidationException(
                    path + ".recordedAt",
                    "chronological",
                    next.recordedAt(),
                    "must not be before the previous event, which was recorded at " + previous.recordedAt());
        }
    }

    private Timeline<E> with(Recorded<E> r) {
        synchronized (items) {
            // the first version to append at this size writes into the shared array; later ones copy
            if (size < items.length && items[size] == null) {
                items[size] = r;
                return new Timeline<>(stream, items, size + 1);
            }
        }
        Object[] copy = Arrays.copyOf(items, grown(size));
        copy[size] = r;
        return new Timeline<>(stream, copy, size + 1);
    }

    /**
     * Returns the capacity of a copy that must hold one more than {@code size} items: double, at least
     * {@value #FIRST_CAPACITY}, never overflowing.
     *
     * @param size the number of items held
     * @return the new capacity
     */
    static int grown(int size) {
        return size >= Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE - 8 : Math.max(FIRST_CAPACITY, size * 2);
    }

    /**
     * Returns the id the next appended event will get.
     *
     * @return {@code (stream, size() + 1)}
     */
    public EventId nextId() {
        return new EventId(stream, size + 1L);
    }

    /**
     * Returns the identifier of the stream.
     *
     * @return the stream
     */
    public Identifier stream() {
        return stream;
    }

    /**
     * Returns how many events there are.
     *
     * @return the number of events
     */
    public int size() {
        return size;
    }

    /**
     * Tells whether there are no events.
     *
     * @return {@code true} for an empty timeline
     */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * Returns the event at a position.
     *
     * @param index the position, from 0
     * @return the event
     * @throws ValidationException if {@code index} is not in {@code [0, size())}
     */
    public Recorded<E> get(int index) {
        Checks.inRange(index, 0, size - 1L, "index");
        return at(index);
    }

    @SuppressWarnings("unchecked") // only Recorded<E> are ever stored below size
    private Recorded<E> at(int index) {
        return (Recorded<E>) items[index];
    }

    /**
     * Returns the first event.
     *
     * @return the first event
     * @throws ValidationException if the timeline is empty
     */
    public Recorded<E> first() {
        return get(0);
    }

    /**
     * Returns the last event.
     *
     * @return the last event
     * @throws ValidationException if the timeline is empty
     */
    public Recorded<E> last() {
        return get(size - 1);
    }

    /**
     * Returns the events, in order, as an unmodifiable view.
     *
     * @return the events
     */
    public List<Recorded<E>> events() {
        return new View();
    }

    /**
     * Returns the events of one type, in order.
     *
     * @param type an event type, e.g. {@code TicketEvent.StateChanged.class}
     * @param <T> the event type
     * @return the matching events with their ids and stamps
     * @throws ValidationException if {@code type} is null
     */
    @SuppressWarnings("unchecked") // the event was checked to be a T
    public <T extends E> List<Recorded<T>> eventsOf(Class<T> type) {
        Checks.notNull(type, "type");
        return events().stream()
                .filter(r -> type.isInstance(r.event()))
                .map(r -> (Recorded<T>) r)
                .toList();
    }

    /**
     * Returns the first {@code n} events as a timeline (sharing storage).
     *
     * @param n how many events to keep, from 0 to {@link #size()}
     * @return the prefix
     * @throws ValidationException if {@code n} is out of range
     */
    public Timeline<E> prefix(int n) {
        Checks.inRange(n, 0, size, "n");
        return n == size ? this : new Timeline<>(stream, items, n);
    }

    /**
     * Returns the events that occurred at or before an instant: the timeline as it was known to have
     * happened by then. O(log n).
     *
     * @param at the instant
     * @return the prefix
     * @throws ValidationException if {@code at} is null
     */
    public Timeline<E> upTo(Instant at) {
        Checks.notNull(at, "at");
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at(mid).occurredAt().isAfter(at)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return prefix(lo);
    }

    /**
     * Folds the events from the first to the last.
     *
     * @param initial the value before any event
     * @param step the next value from the value so far and the next event
     * @param <S> the folded type
     * @return the value after the last event
     * @throws ValidationException if an argument is null or {@code step} returns null
     */
    public <S> S fold(S initial, BiFunction<? super S, ? super Recorded<E>, ? extends S> step) {
        S value = Checks.notNull(initial, "initial");
        Checks.notNull(step, "step");
        for (int i = 0; i < size; i++) {
            value = Checks.notNull(step.apply(value, at(i)), "step result");
        }
        return value;
    }

    /**
     * Rebuilds an aggregate by the fold pattern: {@code start} makes it from the timeline of the first event
     * alone, then {@code apply} takes it and the timeline one event longer, until the whole timeline is
     * applied. Each step sees the timeline up to and including its own event, so the aggregate keeps the
     * very timeline it was rebuilt from.
     *
     * @param start builds the aggregate from a one-event timeline
     * @param apply the aggregate after the last event of the given timeline
     * @param <A> the aggregate type
     * @return the aggregate
     * @throws ValidationException if an argument is null, the timeline is empty (rule {@code "not-empty"}),
     *     or a step returns null
     */
    public <A> A replay(
            Function<? super Timeline<E>, ? extends A> start,
            BiFunction<? super A, ? super Timeline<E>, ? extends A> apply) {
        Checks.notNull(start, "start");
        Checks.notNull(apply, "apply");
        if (size == 0) {
            throw new ValidationException(
                    "timeline", "not-empty", stream, "an aggregate is rebuilt from at least one event");
        }
        A value = Checks.notNull(start.apply(prefix(1)), "start result");
        for (int n = 2; n <= size; n++) {
            value = Checks.notNull(apply.apply(value, prefix(n)), "apply result");
        }
        return value;
    }

    /**
     * Iterates over the events in order.
     *
     * @return an iterator that does not support removal
     */
    @Override
    public Iterator<Recorded<E>> iterator() {
        return events().iterator();
    }

    /**
     * Timelines are equal when they have the same stream and equal events in the same order.
     *
     * @param o another object
     * @return whether equal
     */
    @Override
    @SuppressWarnings("ReferenceEquality") // shared storage is a shortcut, not the definition
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Timeline<?> t) || t.size != size || !t.stream.equals(stream)) {
            return false;
        }
        if (t.items == items) {
            return true;
        }
        for (int i = size - 1; i >= 0; i--) {
            if (!items[i].equals(t.items[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = stream.hashCode();
            for (int i = 0; i < size; i++) {
                h = 31 * h + items[i].hashCode();
            }
            hash = h;
        }
        return h;
    }

    /**
     * Renders the stream and the number of events, with the last event if there is one.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return "Timeline[" + stream + ", " + size + " events"
                + Optional.ofNullable(size == 0 ? null : at(size - 1))
                        .map(r -> ", last " + r)
                        .orElse("") + "]";
    }

    /** The unmodifiable list view of this timeline's events. */
    private final class View extends AbstractList<Recorded<E>> implements RandomAccess {
        @Override
        public Recorded<E> get(int index) {
            return Timeline.this.get(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
