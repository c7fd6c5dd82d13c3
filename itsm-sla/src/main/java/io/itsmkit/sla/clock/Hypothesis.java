package io.itsmkit.sla.clock;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.priority.Priority;

/**
 * A "what if" for {@link ClockEvaluator#whatIf}: a change applied at the evaluation instant, after every
 * event of that instant.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public sealed interface Hypothesis {

    /**
     * Every running clock pauses now: the time left it would keep, and the due instant if it resumed now.
     *
     * @return the hypothesis
     */
    static Hypothesis pausedNow() {
        return PausedNow.INSTANCE;
    }

    /**
     * The ticket's priority becomes this one now, under each metric's priority change policy.
     *
     * @param priority the priority
     * @return the hypothesis
     */
    static Hypothesis priorityBecomes(Priority priority) {
        return new PriorityBecomes(priority);
    }

    /** Every running clock pauses now. */
    enum PausedNow implements Hypothesis {
        /** The only instance. */
        INSTANCE
    }

    /**
     * The priority becomes this one now.
     *
     * @param priority the priority
     */
    record PriorityBecomes(Priority priority) implements Hypothesis {
        /**
         * Validates the component.
         *
         * @throws ValidationException if the priority is null
         * @param priority see {@link #priority()}
         */
        public PriorityBecomes {
            Checks.notNull(priority, "hypothesis.priority");
        }
    }
}
