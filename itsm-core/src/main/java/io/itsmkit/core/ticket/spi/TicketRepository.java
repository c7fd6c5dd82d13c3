package io.itsmkit.core.ticket.spi;

import io.itsmkit.core.spi.VersionedRepository;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketId;

/**
 * The host's storage of tickets (incidents and service requests), keyed by {@link TicketId}, with the
 * generic {@link VersionedRepository} contract (optimistic concurrency, key-ordered pages). A host that
 * stores events rather than snapshots stores {@link Ticket#timeline()} and rebuilds with
 * {@link Ticket#replay}. The testkit's {@code TicketRepositoryTck} checks an adapter.
 */
public interface TicketRepository extends VersionedRepository<TicketId, Ticket> {}
