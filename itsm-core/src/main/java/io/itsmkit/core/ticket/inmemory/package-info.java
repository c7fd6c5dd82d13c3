/**
 * The in-memory reference adapter of the ticket storage port
 * ({@link io.itsmkit.core.ticket.inmemory.InMemoryTicketRepository}).
 */
@NullMarked
package io.itsmkit.core.ticket.inmemory;

import org.jspecify.annotations.NullMarked;
