package io.itsmkit.core.ticket.spi;

import io.itsmkit.core.spi.Versioned;
import io.itsmkit.core.ticket.Ticket;
import io.itsmkit.core.ticket.TicketId;
import java.util.List;
import java.util.Optional;

/**
 * The host's storage of tickets (incidents and service requests), as a domain collection with optimistic
 * concurrency.
 *
 * <p>Contract (checked by the testkit's {@code TicketRepositoryTck}):
 *
 * <ul>
 *   <li>{@link #add} stores a ticket with a new id at version 1; adding an existing id fails with a
 *       {@link io.itsmkit.core.error.VersionConflictException} (expected 0) and changes nothing;
 *   <li>{@link #replace} succeeds only if the stored version equals {@code expectedVersion}, storing the
 *       ticket at {@code expectedVersion + 1}; otherwise it throws
 *       {@link io.itsmkit.core.error.VersionConflictException} and changes nothing;
 *   <li>concurrent writers based on the same version: exactly one wins;
 *   <li>{@link #find} returns what the last successful write stored.
 * </ul>
 *
 * <p>Implementations must be thread-safe. Arguments are never {@code null}; implementations report a
 * {@code null} with {@link io.itsmkit.core.error.ValidationException}.
 */
public interface TicketRepository {

    /**
     * Finds a ticket.
     *
     * @param id the ticket id
     * @return the stored ticket and version, or empty
     */
    Optional<Versioned<Ticket>> find(TicketId id);

    /**
     * Stores a ticket whose id is not yet stored.
     *
     * @param ticket the new ticket
     * @return the stored ticket at version 1
     * @throws io.itsmkit.core.error.VersionConflictException if the id is already stored
     */
    Versioned<Ticket> add(Ticket ticket);

    /**
     * Replaces a stored ticket if nobody wrote it since {@code expectedVersion} was read.
     *
     * @param ticket the new value, with the id of a stored ticket
     * @param expectedVersion the version the caller read
     * @return the stored ticket at {@code expectedVersion + 1}
     * @throws io.itsmkit.core.error.VersionConflictException if the stored version differs (or the ticket
     *     is not stored: actual version 0)
     */
    Versioned<Ticket> replace(Ticket ticket, long expectedVersion);

    /**
     * Returns every stored ticket, in id order.
     *
     * @return the tickets with their versions
     */
    List<Versioned<Ticket>> findAll();
}
