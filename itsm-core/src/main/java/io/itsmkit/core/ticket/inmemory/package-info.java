/**
 * The in-memory reference adapters of the ticket and problem storage ports
 * ({@link io.itsmkit.core.ticket.inmemory.InMemoryTicketRepository},
 * {@link io.itsmkit.core.ticket.inmemory.InMemoryProblemRepository}).
 */
@NullMarked
package io.itsmkit.core.ticket.inmemory;

import org.jspecify.annotations.NullMarked;
