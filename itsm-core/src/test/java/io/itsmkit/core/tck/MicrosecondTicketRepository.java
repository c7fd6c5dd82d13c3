package io.itsmkit.core.tck;

import io.itsmkit.core.inmemory.InMemoryRepository;
import io.itsmkit.core.spi.Page;
import io.itsmkit.core.spi.PageRequest;
import io.itsmkit.core.spi.Versioned;
import io.itsmkit.core.testkit.TimelineTruncation;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.spi.TicketRepository;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A store that keeps instants to the microsecond (like PostgreSQL's {@code timestamp}): correct when it
 * declares its precision to the TCK, broken when it claims nanoseconds.
 */
final class MicrosecondTicketRepository implements TicketRepository {
    private final InMemoryRepository<TicketId, Ticket> store = new InMemoryRepository<>();

    private static Ticket micros(Ticket t) {
        return t == null
                ? null
                : Ticket.replay(
                        TimelineTruncation.truncated(t.timeline(), ChronoUnit.MICROS, TimelineTruncation::ticketEvent));
    }

    @Override
    public Optional<Versioned<Ticket>> find(TicketId key) {
        return store.find(key);
    }

    @Override
    public Versioned<Ticket> add(Ticket value) {
        return store.add(micros(value));
    }

    @Override
    public Versioned<Ticket> replace(Ticket value, long expectedVersion) {
        return store.replace(micros(value), expectedVersion);
    }

    @Override
    public Page<TicketId, Ticket> findPage(PageRequest<TicketId> request) {
        return store.findPage(request);
    }
}
