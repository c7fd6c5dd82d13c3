package io.itsmkit.core.ticket;

/** The kinds of ticket: ITIL 4 practices that share a timeline. */
public enum TicketKind {
    /** An unplanned interruption or reduction in the quality of a service ({@link Ticket}). */
    INCIDENT,
    /** A user's request for something to be provided ({@link Ticket}). */
    SERVICE_REQUEST,
    /** The cause, or potential cause, of one or more incidents ({@link Problem}). */
    PROBLEM
}
