package io.itsmkit.core.ticket.inmemory;

import io.itsmkit.core.testkit.TicketRepositoryTck;
import io.itsmkit.core.ticket.spi.TicketRepository;

/** The reference adapter passes the whole ticket TCK. */
class InMemoryTicketRepositoryTest extends TicketRepositoryTck {
    @Override
    protected TicketRepository newRepository() {
        return new InMemoryTicketRepository();
    }
}
