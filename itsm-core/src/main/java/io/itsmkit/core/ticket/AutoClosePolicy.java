package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.timeline.Stamp;
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
     * @param days the number of days, at least 1
     * @return the policy
     * @throws io.itsmkit.core.error.ValidationException if {@code days} is below 1
     */
    public static AutoClosePolicy afterDays(int days) {
        return new AutoClosePolicy(Duration.ofDays(Checks.inRange(days, 1, Integer.MAX_VALUE, "days")));
    }

    /**
     * Tells whether a ticket is due to close at {@code now}: resolved at least {@link #after()} ago, and not a
     * proposed or accepted major incident. Exact for every instant and duration (no overflow).
     *
     * @param ticket the ticket
     * @param now the instant of evaluation
     * @return {@code true} if it should close now
     * @throws io.itsmkit.core.error.ValidationException if an argument is null
     */
    public boolean isDue(Ticket ticket, Instant now) {
        Checks.notNull(ticket, "ticket");
        Checks.notNull(now, "now");
        boolean major = ticket.majorIncident() == MajorIncidentState.PROPOSED
                || ticket.majorIncident() == MajorIncidentState.ACCEPTED;
        return ticket.state() == TicketState.RESOLVED
                && !major
                && ticket.resolvedAt()
                        .map(r -> Duration.between(r, now).compareTo(after) >= 0)
                        .orElse(false);
    }

    /**
     * Closes the ticket if it is due, as {@link ActorId#SYSTEM}.
     *
     * @param ticket the ticket
     * @param now the instant of evaluation, which becomes the close instant
     * @return the closed ticket, or empty if it is not due
     * @throws io.itsmkit.core.error.ValidationException if an argument is null
     */
    public Optional<Ticket> apply(Ticket ticket, Instant now) {
        return isDue(ticket, now)
                ? Optional.of(ticket.transition(TicketState.CLOSED, Stamp.of(ActorId.SYSTEM, now)))
                : Optional.empty();
    }
}
