package io.itsmkit.core.testkit;

import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketDraft;
import io.itsmkit.core.ticket.TicketId;
import io.itsmkit.core.ticket.spi.TicketRepository;
import io.itsmkit.core.timeline.Stamp;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

/**
 * The compatibility test kit of {@link TicketRepository}: extend it, implement {@link #newRepository()}, and
 * every rule of {@link VersionedRepositoryTck} runs against your adapter with full fixture-generated tickets
 * (every event kind, retroactive stamps, nanosecond instants).
 *
 * <pre>{@code
 * class JdbcTicketRepositoryTest extends TicketRepositoryTck {
 *     protected TicketRepository newRepository() { return new JdbcTicketRepository(freshSchema()); }
 * }
 * }</pre>
 */
public abstract class TicketRepositoryTck extends VersionedRepositoryTck<TicketId, Ticket> {

    /**
     * Creates a new, empty repository for one rule.
     *
     * @return the adapter under test
     */
    @Override
    protected abstract TicketRepository newRepository();

    /**
     * Returns the fixtures' tickets.
     *
     * @return {@link CoreFixtures#tickets()}
     */
    @Override
    protected final Sampler<Ticket> values() {
        return CoreFixtures.tickets();
    }

    /**
     * Records one more event on an open ticket (a caller reply, a reclassification); a closed or cancelled
     * ticket is replaced by a new ticket with the same id.
     *
     * @param ticket a ticket
     * @param random the randomness
     * @return a different ticket with the same id
     */
    @Override
    protected final Ticket changed(Ticket ticket, RandomGenerator random) {
        Stamp last = ticket.timeline().latest().stamp();
        Stamp next = Stamp.of(
                CoreFixtures.actorIds().sample(random),
                last.recordedAt().plusNanos(random.nextLong(1, 1_000_000_000_000L)));
        if (ticket.isOpen()) {
            Ticket reclassified =
                    ticket.reclassify(CoreFixtures.classifications().sample(random), next);
            return reclassified != ticket ? reclassified : ticket.recordCallerReply(next);
        }
        TicketDraft fresh = CoreFixtures.ticketDrafts().sample(random);
        return Ticket.open(
                ticket.kind(),
                new TicketDraft(ticket.id(), fresh.title() + " (again)", fresh.priority(), fresh.classification()),
                next);
    }

    /**
     * Returns the ticket with every instant truncated: stamps and override instants.
     *
     * @param ticket the written ticket
     * @param unit the store's precision
     * @return the ticket such a store gives back
     */
    @Override
    protected final Ticket truncated(Ticket ticket, ChronoUnit unit) {
        return Ticket.replay(TimelineTruncation.truncated(ticket.timeline(), unit, TimelineTruncation::ticketEvent));
    }
}
