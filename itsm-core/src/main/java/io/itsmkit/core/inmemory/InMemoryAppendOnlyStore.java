package io.itsmkit.core.inmemory;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.id.Identifier;
import io.itsmkit.core.spi.AppendOnlyStore;
import io.itsmkit.core.spi.VersionConflictException;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Timeline;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The reference {@link AppendOnlyStore}: one immutable {@link Timeline} per stream in a concurrent map.
 * An append rebuilds nothing: it checks the expected sequence and appends to the stored timeline (O(1) per
 * event) in one atomic map operation.
 *
 * <p>Implementation Requirements: thread-safe.
 *
 * @param <K> the stream key type
 * @param <E> the event family, immutable
 */
public class InMemoryAppendOnlyStore<K extends Identifier, E> implements AppendOnlyStore<K, E> {
    private final ConcurrentMap<K, Timeline<E>> streams = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryAppendOnlyStore() {}

    @Override
    public final Timeline<E> read(K stream) {
        Checks.notNull(stream, "stream");
        Timeline<E> t = streams.get(stream);
        return t != null ? t : Timeline.empty(stream);
    }

    @Override
    public final long append(K stream, long expectedSequence, List<Recorded<E>> events) {
        Checks.notNull(stream, "stream");
        Checks.inRange(expectedSequence, 0, Integer.MAX_VALUE - 1L, "expectedSequence");
        List<Recorded<E>> added = Checks.noNulls(events, "events");
        Timeline<E> result = streams.compute(stream, (k, current) -> {
            Timeline<E> base = current != null ? current : Timeline.<E>empty(stream);
            if (base.size() != expectedSequence) {
                throw new VersionConflictException(stream, expectedSequence, base.size());
            }
            return continued(base, added);
        });
        return result.size();
    }

    /**
     * Appends events that must continue a timeline exactly: same ids as {@link Timeline#append} would give.
     *
     * @param base the stored timeline
     * @param events the new events
     * @param <E> the event family
     * @return the longer timeline
     * @throws io.itsmkit.core.error.ValidationException if an event's id is not the next one, or it breaks
     *     the order (nothing is stored then)
     */
    static <E> Timeline<E> continued(Timeline<E> base, List<Recorded<E>> events) {
        Timeline<E> t = base;
        for (int i = 0; i < events.size(); i++) {
            Recorded<E> r = events.get(i);
            if (!r.id().equals(t.nextId())) {
                throw new io.itsmkit.core.error.ValidationException(
                        "events[" + i + "].id", "consecutive-ids", r.id(), "must be " + t.nextId());
            }
            t = t.append(r.stamp(), r.event());
        }
        return t;
    }
}
