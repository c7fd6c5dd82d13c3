package io.itsmkit.sla.clock;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.sla.condition.TicketCondition;
import java.time.Instant;

/**
 * One step of a clock's explanation: what happened, when, in which cycle, and the condition that made it
 * happen.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param kind what happened
 * @param at when
 * @param cycle the cycle it happened in (a reset or new cycle names the new one)
 * @param condition the condition that fired
 */
public record ClockTransition(TransitionKind kind, Instant at, int cycle, TicketCondition condition) {

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null or the cycle below 1
     * @param kind see {@link #kind()}
     * @param at see {@link #at()}
     * @param cycle see {@link #cycle()}
     * @param condition see {@link #condition()}
     */
    public ClockTransition {
        Checks.notNull(kind, "transition.kind");
        Checks.notNull(at, "transition.at");
        Checks.notNull(condition, "transition.condition");
        Checks.inRange(cycle, 1, Integer.MAX_VALUE, "transition.cycle");
    }

    /**
     * Renders the step, e.g. {@code "PAUSED at 2026-03-02T09:00:00Z (cycle 1) by on hold [awaiting-caller]"}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        return kind + " at " + at + " (cycle " + cycle + ") by " + condition.describe();
    }
}
