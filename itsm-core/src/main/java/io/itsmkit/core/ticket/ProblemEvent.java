package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.priority.PriorityDecision;
import java.util.Optional;

/**
 * Something that happened to a problem. A problem's {@link io.itsmkit.core.timeline.Timeline} holds them;
 * a {@link Problem} is their fold. The family is sealed and separate from {@link TicketEvent}: a problem's
 * timeline cannot hold a ticket event, nor the other way round.
 *
 * <p>Implementation Requirements: every event is immutable and thread-safe.
 */
public sealed interface ProblemEvent {

    /**
     * The problem was logged, in state {@link ProblemState#NEW}.
     *
     * @param title the title
     * @param priority the initial priority decision
     * @param classification service, CI and category, as far as known
     */
    record Opened(String title, PriorityDecision priority, Classification classification) implements ProblemEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null or the title blank
         * @param title see {@link #title()}
         * @param priority see {@link #priority()}
         * @param classification see {@link #classification()}
         */
        public Opened {
            Checks.notBlank(title, "event.title");
            Checks.notNull(priority, "event.priority");
            Checks.notNull(classification, "event.classification");
        }
    }

    /**
     * The problem was reclassified.
     *
     * @param from the classification before
     * @param to the classification after, different from {@code from}
     */
    record Reclassified(Classification from, Classification to) implements ProblemEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null or nothing changed
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         */
        public Reclassified {
            Checks.changes(from, to, "event");
        }
    }

    /**
     * The problem changed state; a step to {@code RESOLVED}, or an early close, carries its resolution.
     *
     * @param from the state before
     * @param to the state after
     * @param resolution the resolution recorded by this step, if any
     */
    record StateChanged(ProblemState from, ProblemState to, Optional<ProblemResolution> resolution)
            implements ProblemEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null, or a resolution leads elsewhere than {@code to}
         *     (rule {@code "resolution-target"})
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         * @param resolution see {@link #resolution()}
         */
        public StateChanged {
            Checks.notNull(from, "event.from");
            Checks.notNull(to, "event.to");
            Checks.notNull(resolution, "event.resolution");
            if (resolution.isPresent() && resolution.get().target() != to) {
                throw new ValidationException(
                        "event.resolution",
                        "resolution-target",
                        resolution.get().code(),
                        "leads to " + resolution.get().target() + ", not " + to);
            }
        }
    }

    /**
     * A workaround was documented: the problem is now a known error (or its workaround was updated).
     *
     * @param workaround how to restore service meanwhile
     */
    record WorkaroundRecorded(String workaround) implements ProblemEvent {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the workaround is null or blank
         * @param workaround see {@link #workaround()}
         */
        public WorkaroundRecorded {
            Checks.notBlank(workaround, "event.workaround");
        }
    }

    /**
     * The priority was derived again.
     *
     * @param from the decision before
     * @param to the decision after, different from {@code from}, on the same matrix
     */
    record PriorityChanged(PriorityDecision from, PriorityDecision to) implements ProblemEvent {
        /**
         * Validates the components.
         *
         * @throws ValidationException if a component is null, nothing changed, or the matrices differ
         * @param from see {@link #from()}
         * @param to see {@link #to()}
         */
        public PriorityChanged {
            Checks.changes(from, to, "event");
            from.requireSameMatrix(to, "event.to");
        }
    }
}
