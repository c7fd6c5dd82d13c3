/**
 * The storage ports of tickets and problems: {@link io.itsmkit.core.ticket.spi.TicketRepository} and
 * {@link io.itsmkit.core.ticket.spi.ProblemRepository}, both the generic
 * {@link io.itsmkit.core.spi.VersionedRepository} contract typed for their aggregate, implemented by the host
 * (a database, a helpdesk's API) and by the in-memory reference adapters in
 * {@code io.itsmkit.core.ticket.inmemory}.
 */
@NullMarked
package io.itsmkit.core.ticket.spi;

import org.jspecify.annotations.NullMarked;
