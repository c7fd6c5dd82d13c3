package io.itsmkit.core.ticket;

/** The kinds of {@link Ticket}: the two ITIL 4 practices that share the ticket lifecycle. Problems are {@link Problem}s. */
public enum TicketKind {
    /** An unplanned interruption or reduction in the quality of a service ({@link Ticket}). */
    INCIDENT,
    /** A user's request for something to be provided ({@link Ticket}). */
    SERVICE_REQUEST
}
