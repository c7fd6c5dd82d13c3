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
 * <p>Two orders meet here. Events are <em>recorded</em> one after the other: the {@link EventId} sequence
 * counts them, and each is recorded no earlier than the one recorded before it. The timeline lists them in
 * the order they <em>occurred</em>: a retroactive fact (a phone call answered at 09:05, logged at 09:20
 * after a 09:10 assignment) takes its place by occurrence. Events that occurred at the same instant keep
 * the order in which they were recorded.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>positions ({@link #get}, {@link #events()}, iteration) are in order of occurrence, ties in order of
 *       recording; ids are {@code (stream, 1)} to {@code (stream, size())}, one each, in order of recording,
 *       and recording instants never go backwards in id order;
 *   <li>{@link #append} is O(1) amortised for an event that occurred no earlier than the last one, and O(n)
 *       for a retroactive one; it leaves this timeline unchanged: timelines share storage, so keeping every
 *       intermediate version of an aggregate costs no copying (appending to an older version copies once);
 *   <li>{@link #upTo(Instant)} and {@link #prefix(int)} are O(log n) and O(1) views.
 * </ul>
 *
 * <p>Timelines are equal when they have the same stream and equal events in the same order.
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
    /** The position of the event recorded last (the highest id), or -1 when not known yet (a view). */
    private int latest;

    private int hash;

    private Timeline(Identifier stream, Object[] items, int size, int latest) {
        this.stream = stream;
        this.items = items;
        this.size = size;
        this.latest = latest;
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
        return new Timeline<>(stream, new Object[0], 0, -1);
    }

    /**
     * Rebuilds a timeline from stored events, checking every guarantee: in order of occurrence (as
     * {@link #events()} lists them) or in order of recording (as an append-only store keeps them), or any
     * other order. O(n) for events in occurrence order when none is retroactive, O(n log n) otherwise.
     *
     * @param stream the identifier of the stream
     * @param events the events
     * @param <E> the event family
     * @return the timeline
     * @throws ValidationException if an argument or event is null, the ids are not {@code (stream, 1)} to
     *     {@code (stream, n)} once each (rule {@code "consecutive-ids"}), or an event was recorded before the
     *     one recorded before it (rule {@code "chronological"})
     */
    public static <E> Timeline<E> of(Identifier stream, List<Recorded<E>> events) {
        Checks.notNull(stream, "stream");
        List<Recorded<E>> given = Checks.noNulls(events, "events");
        int n = given.size();
        Object[] byId = new Object[n];
        for (int i = 0; i < n; i++) {
            EventId id = given.get(i).id();
            long seq = id.sequence();
            if (!id.stream().equals(stream) || seq > n || byId[(int) seq - 1] != null) {
                throw new ValidationException(
                        "events[" + i + "].id",
                        "consecutive-ids",
                        id,
                        "ids must be " + stream + "#1 to #" + n + ", each once, in stream " + stream);
            }
            byId[(int) seq - 1] = given.get(i);
        }
        for (int k = 1; k < n; k++) {
            Stamp before = ((Recorded<?>) byId[k - 1]).stamp();
            Stamp stamp = ((Recorded<?>) byId[k]).stamp();
            if (stamp.recordedAt().isBefore(before.recordedAt())) {
                throw new ValidationException(
                        "events[" + given.indexOf(byId[k]) + "].recordedAt",
                        "chronological",
                        stamp.recordedAt(),
                        "must not be before the event recorded before it, at " + before.recordedAt());
            }
        }
        Object[] items = Arrays.copyOf(byId, Math.max(n, FIRST_CAPACITY));
        if (!inOccurrenceOrder(items, n)) {
            Arrays.sort(items, 0, n, BY_OCCURRENCE);
        }
        return new Timeline<>(stream, items, n, n == 0 ? -1 : positionOfId(items, n, n));
    }

    private static final java.util.Comparator<Object> BY_OCCURRENCE = (a, b) -> {
        Recorded<?> x = (Recorded<?>) a;
        Recorded<?> y = (Recorded<?>) b;
        int c = x.occurredAt().compareTo(y.occurredAt());
        return c != 0 ? c : Long.compare(x.id().sequence(), y.id().sequence());
    };

    private static boolean inOccurrenceOrder(Object[] items, int n) {
        for (int i = 1; i < n; i++) {
            if (BY_OCCURRENCE.compare(items[i - 1], items[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    private static int positionOfId(Object[] items, int n, long id) {
        for (int i = n - 1; i >= 0; i--) {
            if (((Recorded<?>) items[i]).id().sequence() == id) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns a timeline with one more event, which gets the next {@link EventId} and takes its place by
     * occurrence: at the end, or before the events that occurred after it (a retroactive fact).
     *
     * @param stamp who, when it occurred, when it was recorded
     * @param event the domain event
     * @return the longer timeline; this one is unchanged
     * @throws ValidationException if an argument is null, the event was recorded before the event recorded
     *     last (rule {@code "chronological"}), or this timeline is a view ({@link #upTo}, {@link #prefix}) that
     *     leaves out an event recorded before one it holds (rule {@code "complete-timeline"})
     */
    public Timeline<E> append(Stamp stamp, E event) {
        Checks.notNull(stamp, "stamp");
        Checks.notNull(event, "event");
        Recorded<E> r = new Recorded<>(nextId(), stamp, event);
        requireAppendable(stamp);
        if (size == 0) {
            return with(r);
        }
        if (!stamp.occurredAt().isBefore(at(size - 1).occurredAt())) {
            return with(r);
        }
        int position = upTo(stamp.occurredAt()).size;
        Object[] copy = new Object[grown(size)];
        System.arraycopy(items, 0, copy, 0, position);
        copy[position] = r;
        System.arraycopy(items, position, copy, position + 1, size - position);
        return new Timeline<>(stream, copy, size + 1, position);
    }

    /**
     * Checks that an event with this stamp could be appended: the timeline is complete and the stamp is not
     * recorded before the event recorded last. {@link Fold#record} checks it even for a command that records
     * nothing, so a stamp out of order is refused whatever the command decides.
     */
    void requireAppendable(Stamp stamp) {
        if (size == 0) {
            return;
        }
        Recorded<E> last = latest();
        if (last.id().sequence() != size) {
            throw new ValidationException(
                    "timeline",
                    "complete-timeline",
                    size + " events up to " + last.id(),
                    "a view that leaves out events recorded before its own cannot be appended to");
        }
        if (stamp.recordedAt().isBefore(last.recordedAt())) {
            throw new ValidationException(
                    "stamp.recordedAt",
                    "chronological",
                    stamp.recordedAt(),
                    "must not be before the event recorded last, at " + last.recordedAt());
        }
    }

    /**
     * Returns the event recorded last: the one with the highest id (not always the last one by occurrence).
     *
     * @return the event recorded last
     * @throws ValidationException if the timeline is empty
     */
    public Recorded<E> latest() {
        if (size == 0) {
            throw new ValidationException("timeline", "not-empty", stream, "an empty timeline has no event");
        }
        int p = latest;
        if (p < 0) {
            long max = 0;
            for (int i = 0; i < size; i++) {
                long seq = at(i).id().sequence();
                if (seq > max) {
                    max = seq;
                    p = i;
                }
            }
            latest = p;
        }
        return at(p);
    }

    private Timeline<E> with(Recorded<E> r) {
        synchronized (items) {
            // the first version to append at this size writes into the shared array; later ones copy
            if (size < items.length && items[size] == null) {
                items[size] = r;
                return new Timeline<>(stream, items, size + 1, size);
            }
        }
        Object[] copy = Arrays.copyOf(items, grown(size));
        copy[size] = r;
        return new Timeline<>(stream, copy, size + 1, size);
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
        return n == size ? this : new Timeline<>(stream, items, n, -1);
    }

    /**
     * Returns the events that occurred at or before an instant, whenever they were recorded. O(log n).
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
            return at(java.util.Objects.checkIndex(index, size));
        }

        @Override
        public int size() {
            return size;
        }
    }
}
