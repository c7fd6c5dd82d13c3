package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.id.ActorId;
import io.itsmkit.core.priority.PriorityDecision;
import java.time.Instant;
import java.util.Optional;

/**
 * Something that happened to a ticket or problem, at an instant, by an actor. A {@link TicketTimeline}
 * is the ordered list of them; SLA clocks fold over it.
 *
 * <p>The family is sealed: these are all the events there are (on Java 21+, a pattern {@code switch}
 * over it is checked for completeness by the compiler).
 *
 * <p>Implementation Requirements: every event is immutable and thread-safe.
 */
public sealed interface TicketEvent {

    /**
     * Returns when it happened.
     *
     * @return the instant
     */
    Instant at();

    /**
     * Returns who did it.
     *
     * @return the actor
     */
    ActorId actor();

    private static void common(Instant at, ActorId actor) {
        Checks.notNull(at, "event.at");
        Checks.notNull(actor, "event.actor");
    }

    /**
     * The ticket was logged.
     *
     * @param at when
     * @param actor who
     * @param kind incident, service request or problem
     * @param title the title
     * @param priority the initial priority decision
     */
    record Opened(Instant at, ActorId actor, TicketKind kind, String title, PriorityDecision priority)
            implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws io.itsmkit.core.error.ValidationException if a component is null or the title blank
         * @param at see {@link #at()}
         * @param actor see {@link #actor()}
         * @param kind see {@link #kind()}
         * @param title see {@link #title()}
         * @param priority see {@link #priority()}
         */
        public Opened {
            common(at, actor);
            Checks.notNull(kind, "event.kind");
            Checks.notBlank(title, "event.title");
            Checks.notNull(priority, "event.priority");
        }
    }

    /**
     * The priority was derived again (impact or urgency changed) or overridden.
     *
     * @param at when
     * @param actor who
     * @param priority the new decision
     */
    record PriorityChanged(Instant at, ActorId actor, PriorityDecision priority) implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws io.itsmkit.core.error.ValidationException if a component is null
         * @param at see {@link #at()}
         * @param actor see {@link #actor()}
         * @param priority see {@link #priority()}
         */
        public PriorityChanged {
            common(at, actor);
            Checks.notNull(priority, "event.priority");
        }
    }

    /**
     * The ticket was assigned to a team, an agent or a supplier.
     *
     * @param at when
     * @param actor who
     * @param assignment the new assignment
     */
    record Assigned(Instant at, ActorId actor, Assignment assignment) implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws io.itsmkit.core.error.ValidationException if a component is null
         * @param at see {@link #at()}
         * @param actor see {@link #actor()}
         * @param assignment see {@link #assignment()}
         */
        public Assigned {
            common(at, actor);
            Checks.notNull(assignment, "event.assignment");
        }
    }

    /**
     * An incident or service request changed state.
     *
     * @param at when
     * @param actor who
     * @param from the state before
     * @param to the state after
     * @param onHoldReason the reason, present exactly when {@code to} is {@link TicketState#ON_HOLD}
     */
    record StateChanged(
            Instant at, ActorId actor, TicketState from, TicketState to, Optional<OnHoldReason> onHoldReason)
            implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws io.itsmkit.core.error.ValidationException if a component is null, or the on-hold reason
         *     is missing for {@code ON_HOLD} or present for another state
         * @param at see {@link #at()}
         * @param actor see {@link #actor()}
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         * @param onHoldReason see {@link #onHoldReason()}
         */
        public StateChanged {
            common(at, actor);
            Checks.notNull(from, "event.from");
            Checks.notNull(to, "event.to");
            Checks.notNull(onHoldReason, "event.onHoldReason");
            Checks.collector()
                    .require(
                            onHoldReason.isPresent() == (to == TicketState.ON_HOLD),
                            "event.onHoldReason",
                            "reason-iff-on-hold",
                            onHoldReason.map(Enum::name).orElse("none"),
                            "must be present exactly when the new state is ON_HOLD")
                    .throwIfAny();
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
     * The first response to the caller was given.
     *
     * @param at when
     * @param actor who
     */
    record FirstResponded(Instant at, ActorId actor) implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws io.itsmkit.core.error.ValidationException if a component is null
         * @param at see {@link #at()}
         * @param actor see {@link #actor()}
         */
        public FirstResponded {
            common(at, actor);
        }
    }

    /**
     * An incident's major-incident standing changed.
     *
     * @param at when
     * @param actor who
     * @param from the standing before
     * @param to the standing after
     * @param reason why, e.g. the name of the trigger rule that matched
     */
    record MajorIncidentChanged(
            Instant at, ActorId actor, MajorIncidentState from, MajorIncidentState to, String reason)
            implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws io.itsmkit.core.error.ValidationException if a component is null or the reason blank
         * @param at see {@link #at()}
         * @param actor see {@link #actor()}
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         * @param reason see {@link #reason()}
         */
        public MajorIncidentChanged {
            common(at, actor);
            Checks.notNull(from, "event.from");
            Checks.notNull(to, "event.to");
            Checks.notBlank(reason, "event.reason");
        }
    }

    /**
     * A problem changed state.
     *
     * @param at when
     * @param actor who
     * @param from the state before
     * @param to the state after
     * @param resolution the resolution recorded by this step, if any
     */
    record ProblemStateChanged(
            Instant at, ActorId actor, ProblemState from, ProblemState to, Optional<ProblemResolution> resolution)
            implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws io.itsmkit.core.error.ValidationException if a component is null
         * @param at see {@link #at()}
         * @param actor see {@link #actor()}
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         * @param resolution see {@link #resolution()}
         */
        public ProblemStateChanged {
            common(at, actor);
            Checks.notNull(from, "event.from");
            Checks.notNull(to, "event.to");
            Checks.notNull(resolution, "event.resolution");
        }
    }

    /**
     * A workaround was documented: the problem is now a known error.
     *
     * @param at when
     * @param actor who
     * @param workaround the workaround
     */
    record WorkaroundRecorded(Instant at, ActorId actor, String workaround) implements TicketEvent {
        /**
         * Validates the components.
         *
         * @throws io.itsmkit.core.error.ValidationException if a component is null or the workaround blank
         * @param at see {@link #at()}
         * @param actor see {@link #actor()}
         * @param workaround see {@link #workaround()}
         */
        public WorkaroundRecorded {
            common(at, actor);
            Checks.notBlank(workaround, "event.workaround");
        }
    }
}
