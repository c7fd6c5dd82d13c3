package io.itsmkit.core.ticket;

import io.itsmkit.core.error.Checks;

/**
 * The result of a lifecycle step: the new value and the event that happened (already appended to the new
 * value's timeline). The old value is unchanged.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param value the value after the step
 * @param event the event the step recorded
 * @param <T> {@link Ticket} or {@link Problem}
 */
public record Updated<T>(T value, TicketEvent event) {
    /**
     * Validates the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null
     * @param value see {@link #value()}
     * @param event see {@link #event()}
     */
    public Updated {
        Checks.notNull(value, "value");
        Checks.notNull(event, "event");
    }
}
