package io.itsmkit.core.testkit;

import io.itsmkit.core.timeline.EventId;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Stamp;
import io.itsmkit.core.timeline.Timeline;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a store with coarser timestamps gives back: the TCKs compare with it when an adapter declares a
 * precision coarser than nanoseconds.
 */
public final class TimelineTruncation {
    private TimelineTruncation() {}

    /**
     * Returns a timeline with every stamp's instants truncated to a unit (events and ids unchanged).
     *
     * @param timeline the timeline written
     * @param unit the store's precision, e.g. {@link ChronoUnit#MICROS}
     * @param <E> the event family
     * @return the timeline such a store gives back
     */
    public static <E> Timeline<E> truncated(Timeline<E> timeline, ChronoUnit unit) {
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
                    r.event()));
        }
        return Timeline.of(timeline.stream(), out);
    }
}
