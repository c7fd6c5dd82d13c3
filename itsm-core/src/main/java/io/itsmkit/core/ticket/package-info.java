/**
 * Tickets: incidents and service requests ({@link io.itsmkit.core.ticket.Ticket}), problems and known
 * errors ({@link io.itsmkit.core.ticket.Problem}), their lifecycles
 * ({@link io.itsmkit.core.ticket.Lifecycles}), major incident triggers, auto-close, and the
 * {@link io.itsmkit.core.ticket.TicketTimeline} of {@link io.itsmkit.core.ticket.TicketEvent}s that SLA
 * clocks fold over.
 *
 * <p>Every step is a pure function returning the new value and its event
 * ({@link io.itsmkit.core.ticket.Updated}). Null policy: no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.core.ticket;

import org.jspecify.annotations.NullMarked;
