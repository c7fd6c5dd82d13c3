package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.organisation.SupplierId;
import io.itsmkit.core.priority.PriorityDecision;
import java.util.Optional;

/**
 * Something that happened to an incident or service request. A ticket's {@link
 * io.itsmkit.core.timeline.Timeline} holds them, each with its id, actor and instants (in its {@link
 * io.itsmkit.core.timeline.Recorded} envelope); a {@link Ticket} is their fold, and SLA clocks start, pause,
 * resume and stop on them.
 *
 * <p>The family is sealed: these are all the ticket events there are (on Java 21+, a pattern {@code switch}
 * over it is checked for completeness by the compiler). Problems have their own family, {@link
 * ProblemEvent}, so a ticket's timeline cannot hold a problem event. Events that change a value carry both
 * the value before and after, so a consumer needs no state to see what changed; an event never records a
 * change that changes nothing.
 *
 * <p>Implementation Requirements: every event is immutable and thread-safe.
 */
public sealed interface TicketEvent {

    /**
     * The ticket was logged, in state {@link TicketState#NEW}.
     *
     * @param kind incident or service request
     * @param title the title
     * @param priority the initial priority decision
     * @param classification service, CI, category, caller, customer and VIP flag, as far as known
     */
    record Opened(TicketKind kind, String title, PriorityDecision priority, Classification classification)
            implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null or the title blank
         * @param kind see {@link #kind()}
         * @param title see {@link #title()}
         * @param priority see {@link #priority()}
         * @param classification see {@link #classification()}
         */
        public Opened {
            Checks.notNull(kind, "event.kind");
            Checks.notBlank(title, "event.title");
            Checks.notNull(priority, "event.priority");
            Checks.notNull(classification, "event.classification");
        }
    }

    /**
     * The ticket was reclassified: service, CI, category, caller, customer or VIP flag changed.
     *
     * @param from the classification before
     * @param to the classification after, different from {@code from}
     */
    record Reclassified(Classification from, Classification to) implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null, or {@code to} equals {@code from} (rule
         *     {@code "changes-something"})
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         */
        public Reclassified {
            Checks.changes(from, to, "event");
        }
    }

    /**
     * The ticket changed state.
     *
     * @param from the state before
     * @param to the state after
     * @param hold why it waits: present exactly when {@code to} is {@link TicketState#ON_HOLD}
     */
    record StateChanged(TicketState from, TicketState to, Optional<Hold> hold) implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null, or the hold is missing for {@code ON_HOLD} or
         *     present for another state (rule {@code "hold-iff-on-hold"})
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         * @param hold see {@link #hold()}
         */
        public StateChanged {
            Checks.notNull(from, "event.from");
            Checks.notNull(to, "event.to");
            Checks.notNull(hold, "event.hold");
            if (hold.isPresent() != (to == TicketState.ON_HOLD)) {
                throw new ValidationException(
                        "event.hold",
                        "hold-iff-on-hold",
                        hold.map(Hold::toString).orElse("none"),
                        "must be present exactly when the new state is ON_HOLD");
            }
        }

        /**
         * Tells whether this change is a reopen (resolved back to in progress).
         *
         * @return {@code true} for a reopen
         */
        public boolean isReopen() {
            return from == TicketState.RESOLVED && to == TicketState.IN_PROGRESS;
        }
    }

    /**
     * While on hold, the reason or what the ticket waits on changed (no resume in between).
     *
     * @param from the hold before
     * @param to the hold after, different from {@code from}
     */
    record HoldChanged(Hold from, Hold to) implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null, or {@code to} equals {@code from}
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         */
        public HoldChanged {
            Checks.changes(from, to, "event");
        }
    }

    /**
     * The priority was derived again (impact or urgency changed) or overridden.
     *
     * @param from the decision before
     * @param to the decision after, different from {@code from}, on the same matrix
     */
    record PriorityChanged(PriorityDecision from, PriorityDecision to) implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null, {@code to} equals {@code from}, or they are on
         *     different matrices (rule {@code "same-matrix"})
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         */
        public PriorityChanged {
            Checks.changes(from, to, "event");
            from.requireSameMatrix(to, "event.to");
        }
    }

    /**
     * The assignment group or agent changed: assigned, reassigned or unassigned.
     *
     * @param from the assignment before, empty if unassigned
     * @param to the assignment after, empty when unassigned; different from {@code from}
     */
    record AssignmentChanged(Optional<Assignment> from, Optional<Assignment> to) implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null, or {@code to} equals {@code from}
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         */
        public AssignmentChanged {
            Checks.changes(from, to, "event");
        }
    }

    /**
     * A supplier was engaged on the ticket, beside the assignment group (its underpinning contract runs).
     *
     * @param supplier the supplier
     */
    record SupplierEngaged(SupplierId supplier) implements TicketEvent {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the supplier is null
         * @param supplier see {@link #supplier()}
         */
        public SupplierEngaged {
            Checks.notNull(supplier, "event.supplier");
        }
    }

    /**
     * An engaged supplier handed the ticket back (its underpinning contract stops).
     *
     * @param supplier the supplier
     */
    record SupplierReturned(SupplierId supplier) implements TicketEvent {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the supplier is null
         * @param supplier see {@link #supplier()}
         */
        public SupplierReturned {
            Checks.notNull(supplier, "event.supplier");
        }
    }

    /** The first response to the caller was given (once per ticket). */
    record FirstResponded() implements TicketEvent {}

    /** The caller replied (e.g. to a question that put the ticket on hold). */
    record CallerReplied() implements TicketEvent {}

    /**
     * An incident's major-incident standing changed.
     *
     * @param from the standing before
     * @param to the standing after
     * @param reason why, e.g. the name of the trigger rule that matched
     */
    record MajorIncidentChanged(MajorIncidentState from, MajorIncidentState to, String reason) implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null or the reason blank
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         * @param reason see {@link #reason()}
         */
        public MajorIncidentChanged {
            Checks.notNull(from, "event.from");
            Checks.notNull(to, "event.to");
            Checks.notBlank(reason, "event.reason");
        }
    }
}
