/**
 * Tickets: incidents and service requests ({@link io.itsmkit.core.ticket.Ticket}) and problems with their
 * known errors ({@link io.itsmkit.core.ticket.Problem}), each the fold of its own sealed event family
 * ({@link io.itsmkit.core.ticket.TicketEvent}, {@link io.itsmkit.core.ticket.ProblemEvent}) on a
 * {@link io.itsmkit.core.timeline.Timeline}; their lifecycles ({@link io.itsmkit.core.ticket.Lifecycles}),
 * classification, holds with open reasons, major incident triggers and auto-close.
 *
 * <p>Every command is a pure function returning the new aggregate; the old one never changes. Null policy:
 * no method accepts or returns {@code null}.
 */
@NullMarked
package io.itsmkit.core.ticket;

import org.jspecify.annotations.NullMarked;
