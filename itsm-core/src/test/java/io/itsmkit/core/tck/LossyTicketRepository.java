package io.itsmkit.core.tck;

import io.itsmkit.core.inmemory.InMemoryRepository;
import io.itsmkit.core.spi.Page;
import io.itsmkit.core.spi.PageRequest;
import io.itsmkit.core.spi.Versioned;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketEvent;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.spi.TicketRepository;
import io.itsmkit.core.timeline.Recorded;
import io.itsmkit.core.timeline.Timeline;
import java.util.Optional;

/**
 * Broken on purpose: a store whose schema has no columns for the caller, category, CI or first response. It
 * keeps the ticket's state and versions right but loses those attributes (the old TCK stored only tickets
 * without them, so this adapter passed it).
 */
final class LossyTicketRepository implements TicketRepository {
    private final InMemoryRepository<TicketId, Ticket> store = new InMemoryRepository<>();

    private static Ticket lossy(Ticket t) {
        Timeline<TicketEvent> kept = Timeline.empty(t.id());
        for (Recorded<TicketEvent> r : t.timeline()) {
            TicketEvent e = r.event();
            if (e instanceof TicketEvent.Opened o) {
                kept = kept.append(
                        r.stamp(), new TicketEvent.Opened(o.kind(), o.title(), o.priority(), Classification.NONE));
            } else if (!(e instanceof TicketEvent.Reclassified) && !(e instanceof TicketEvent.FirstResponded)) {
                kept = kept.append(r.stamp(), e);
            }
        }
        return Ticket.replay(kept);
    }

    @Override
    public Optional<Versioned<Ticket>> find(TicketId key) {
        return store.find(key);
    }

    @Override
    public Versioned<Ticket> add(Ticket value) {
        return store.add(value == null ? null : lossy(value));
    }

    @Override
    public Versioned<Ticket> replace(Ticket value, long expectedVersion) {
        return store.replace(value == null ? null : lossy(value), expectedVersion);
    }

    @Override
    public Page<TicketId, Ticket> findPage(PageRequest<TicketId> request) {
        return store.findPage(request);
    }
}
