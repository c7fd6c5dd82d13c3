package io.itsmkit.sla.condition;

import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.priority.Priority;
import io.itsmkit.core.ticket.Assignment;
import io.itsmkit.core.ticket.Classification;
import io.itsmkit.core.ticket.Hold;
import io.itsmkit.core.ticket.TicketKind;
import io.itsmkit.core.ticket.TicketState;
import java.util.Optional;

/**
 * What a {@link TicketCondition} looks at: a ticket as it stands after the events of one instant, and which
 * kinds of event happened at that instant. The SLA clock builds one view per instant of the timeline; an
 * agreement set is matched on the view as of the evaluation instant.
 */
public interface TicketView {

    /**
     * Returns the kind of ticket.
     *
     * @return incident or service request
     */
    TicketKind kind();

    /**
     * Returns the state.
     *
     * @return the state
     */
    TicketState state();

    /**
     * Returns why the ticket waits.
     *
     * @return the hold in {@code ON_HOLD}, empty otherwise
     */
    Optional<Hold> hold();

    /**
     * Returns the effective priority.
     *
     * @return the priority
     */
    Priority priority();

    /**
     * Returns the classification: service, CI, category, caller, customer, VIP.
     *
     * @return the classification
     */
    Classification classification();

    /**
     * Returns the assignment.
     *
     * @return the team and agent, or empty if unassigned
     */
    Optional<Assignment> assignment();

    /**
     * Tells whether a supplier is engaged now.
     *
     * @param supplier a supplier
     * @return {@code true} if engaged and not yet returned
     */
    boolean isEngaged(SupplierId supplier);

    /**
     * Tells whether the first response was given.
     *
     * @return {@code true} once the first response is recorded
     */
    boolean hasFirstResponse();

    /**
     * Tells whether an event of a kind occurred at this instant.
     *
     * @param kind an event kind
     * @return {@code true} if one did
     */
    boolean happened(TicketEventKind kind);
}
