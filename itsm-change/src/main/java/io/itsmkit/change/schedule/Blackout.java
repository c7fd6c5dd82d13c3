package io.itsmkit.change.schedule;

import io.itsmkit.core.error.Checks;

/**
 * A blackout (change freeze): a schedule during which changes to its items must not run, with how strictly.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param schedule the items and the windows
 * @param freeze hard, or soft with the role that lifts it
 */
public record Blackout(Schedule schedule, Freeze freeze) {
    /**
     * Validates the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null
     * @param schedule see {@link #schedule()}
     * @param freeze see {@link #freeze()}
     */
    public Blackout {
        Checks.notNull(schedule, "blackout.schedule");
        Checks.notNull(freeze, "blackout.freeze");
    }
}
