package io.itsmkit.core.ticket.inmemory;

import io.itsmkit.core.inmemory.InMemoryRepository;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.spi.TicketRepository;

/**
 * The reference {@link TicketRepository}: the generic {@link InMemoryRepository}, typed for tickets.
 *
 * <p>Implementation Requirements: thread-safe.
 */
public final class InMemoryTicketRepository extends InMemoryRepository<TicketId, Ticket> implements TicketRepository {
    /** Creates an empty repository. */
    public InMemoryTicketRepository() {}
}
