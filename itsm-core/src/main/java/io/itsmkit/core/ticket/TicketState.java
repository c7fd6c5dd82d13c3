package io.itsmkit.core.ticket;

/**
 * The states of an incident or service request (ITIL 4 / ServiceNow). Allowed moves are in
 * {@link Lifecycles#TICKET}.
 */
public enum TicketState {
    /** Logged, not yet worked. */
    NEW,
    /** Being worked. */
    IN_PROGRESS,
    /** Waiting, with an {@link OnHoldReason}; SLA clocks commonly pause here. */
    ON_HOLD,
    /** A fix or fulfilment was delivered; the caller may still reopen. */
    RESOLVED,
    /** Final: resolved and confirmed, by a person or by auto-close. */
    CLOSED,
    /** Final: withdrawn or logged in error. */
    CANCELLED
}
