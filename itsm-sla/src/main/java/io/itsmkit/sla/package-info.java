/**
 * Service level management (coming next): agreements (SLA, OLA, UC, XLA), SLA clocks that fold over a
 * {@code io.itsmkit.core.ticket.TicketTimeline} in business time, escalation and service reports.
 */
@NullMarked
package io.itsmkit.sla;

import org.jspecify.annotations.NullMarked;
