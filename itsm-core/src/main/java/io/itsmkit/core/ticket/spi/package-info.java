/**
 * The ticket storage port: {@link io.itsmkit.core.ticket.spi.TicketRepository}, implemented by the host
 * (a database, a helpdesk's API) and by the in-memory reference adapter in
 * {@code io.itsmkit.core.ticket.inmemory}.
 */
@NullMarked
package io.itsmkit.core.ticket.spi;

import org.jspecify.annotations.NullMarked;
