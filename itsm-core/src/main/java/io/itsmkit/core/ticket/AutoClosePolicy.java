package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.id.ActorId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Closes resolved tickets automatically after a waiting period (ServiceNow's
 * {@code glide.ui.autoclose.time}), never major incidents (proposed or accepted): those are closed by the
 * major incident procedure.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param after how long after resolution a ticket closes; more than zero
 */
public record AutoClosePolicy(Duration after) {
    /**
     * Validates the component.
     *
     * @throws io.itsmkit.core.error.ValidationException if {@code after} is null, zero or negative
     * @param after see {@link #after()}
     */
    public AutoClosePolicy {
        Checks.positive(after, "after");
    }

    /**
     * Closes after a number of days of 24 hours.
     *
     * @param days more than zero
     * @return the policy
     * @throws io.itsmkit.core.error.ValidationException if {@code days} is zero or negative
     */
    public static AutoClosePolicy afterDays(int days) {
        return new AutoClosePolicy(Duration.ofDays(days));
    }

    /**
     * Tells whether a ticket is due to be closed at {@code now}: resolved at least {@link #after()} ago
     * and not a proposed or accepted major incident.
     *
     * @param ticket the ticket
     * @param now the current instant
     * @return {@code true} if due
     */
    public boolean isDue(Ticket ticket, Instant now) {
        Checks.notNull(ticket, "ticket");
        Checks.notNull(now, "now");
        boolean major = ticket.majorIncident() == MajorIncidentState.PROPOSED
                || ticket.majorIncident() == MajorIncidentState.ACCEPTED;
        return ticket.state() == TicketState.RESOLVED
                && !major
                && ticket.resolvedAt().map(r -> !now.isBefore(r.plus(after))).orElse(false);
    }

    /**
     * Closes the ticket as {@link ActorId#SYSTEM} if it is due.
     *
     * @param ticket the ticket
     * @param now the current instant, used as the event's instant
     * @return the closed ticket and its event, or empty if not due
     */
    public Optional<Updated<Ticket>> apply(Ticket ticket, Instant now) {
        return isDue(ticket, now)
                ? Optional.of(ticket.transition(TicketState.CLOSED, ActorId.SYSTEM, now))
                : Optional.empty();
    }
}
