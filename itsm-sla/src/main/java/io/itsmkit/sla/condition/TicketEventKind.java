package io.itsmkit.sla.condition;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.ticket.TicketEvent;

/**
 * The kinds of ticket events a condition can react to at the instant they occur. {@link #REOPENED} is the
 * state change from {@code RESOLVED} back to {@code IN_PROGRESS}; it is also a {@link #STATE_CHANGED}.
 */
public enum TicketEventKind {
    /** {@link TicketEvent.Opened}. */
    OPENED,
    /** {@link TicketEvent.StateChanged}, any. */
    STATE_CHANGED,
    /** A {@link TicketEvent.StateChanged} that is a reopen. */
    REOPENED,
    /** {@link TicketEvent.HoldChanged}. */
    HOLD_CHANGED,
    /** {@link TicketEvent.Reclassified}. */
    RECLASSIFIED,
    /** {@link TicketEvent.PriorityChanged}. */
    PRIORITY_CHANGED,
    /** {@link TicketEvent.AssignmentChanged}. */
    ASSIGNMENT_CHANGED,
    /** {@link TicketEvent.SupplierEngaged}. */
    SUPPLIER_ENGAGED,
    /** {@link TicketEvent.SupplierReturned}. */
    SUPPLIER_RETURNED,
    /** {@link TicketEvent.FirstResponded}. */
    FIRST_RESPONDED,
    /** {@link TicketEvent.CallerReplied}. */
    CALLER_REPLIED,
    /** {@link TicketEvent.MajorIncidentChanged}. */
    MAJOR_INCIDENT_CHANGED;

    /**
     * Returns the kind of an event; a reopen answers {@link #STATE_CHANGED} (use {@link
     * TicketEvent.StateChanged#isReopen()} for the other).
     *
     * @param event a ticket event
     * @return its kind
     * @throws io.itsmkit.core.error.ValidationException if the event is null
     */
    public static TicketEventKind of(TicketEvent event) {
        Checks.notNull(event, "event");
        if (event instanceof TicketEvent.Opened) {
            return OPENED;
        } else if (event instanceof TicketEvent.StateChanged) {
            return STATE_CHANGED;
        } else if (event instanceof TicketEvent.HoldChanged) {
            return HOLD_CHANGED;
        } else if (event instanceof TicketEvent.Reclassified) {
            return RECLASSIFIED;
        } else if (event instanceof TicketEvent.PriorityChanged) {
            return PRIORITY_CHANGED;
        } else if (event instanceof TicketEvent.AssignmentChanged) {
            return ASSIGNMENT_CHANGED;
        } else if (event instanceof TicketEvent.SupplierEngaged) {
            return SUPPLIER_ENGAGED;
        } else if (event instanceof TicketEvent.SupplierReturned) {
            return SUPPLIER_RETURNED;
        } else if (event instanceof TicketEvent.FirstResponded) {
            return FIRST_RESPONDED;
        } else if (event instanceof TicketEvent.CallerReplied) {
            return CALLER_REPLIED;
        }
        return MAJOR_INCIDENT_CHANGED;
    }
}
