package io.itsmkit.core.tck;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.spi.AppendOnlyStore;
import io.itsmkit.core.spi.VersionConflictException;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Timeline;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Broken on purpose: reads the stream's length, compares with the expected sequence, yields (the database
 * round trip), then writes; two appenders at one sequence can both win.
 */
final class CheckThenActAppendOnlyStore implements AppendOnlyStore<TicketId, TicketEvent> {
    private final ConcurrentHashMap<TicketId, Timeline<TicketEvent>> streams = new ConcurrentHashMap<>();

    @Override
    public Timeline<TicketEvent> read(TicketId stream) {
        return streams.getOrDefault(Checks.notNull(stream, "stream"), Timeline.empty(stream));
    }

    @Override
    public long append(TicketId stream, long expectedSequence, List<Recorded<TicketEvent>> events) {
        Timeline<TicketEvent> base = read(stream);
        Checks.inRange(expectedSequence, 0, Integer.MAX_VALUE, "expectedSequence");
        List<Recorded<TicketEvent>> checked = Checks.noNulls(events, "events");
        if (base.size() != expectedSequence) {
            throw new VersionConflictException(stream, expectedSequence, base.size());
        }
        Thread.yield();
        Timeline<TicketEvent> t = base;
        for (Recorded<TicketEvent> r : checked) {
            if (!r.id().equals(t.nextId())) {
                throw new io.itsmkit.core.error.ValidationException(
                        "events", "consecutive-ids", r.id(), "must continue");
            }
            t = t.append(r.stamp(), r.event());
        }
        streams.put(stream, t);
        return t.size();
    }
}
