package io.itsmkit.change.approval;

import io.itsmkit.change.schedule.Window;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import java.time.Instant;

/**
 * An explicit delegation: one person may decide approvals on behalf of another during a window (ServiceNow
 * approval delegates). Without one, nobody approves on behalf of anyone (GLPI issue 19198).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param from the approver who delegates
 * @param to the delegate, not {@code from}
 * @param validity when the delegation holds
 */
public record Delegation(ActorId from, ActorId to, Window validity) {
    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null or someone delegates to themselves
     * @param from see {@link #from()}
     * @param to see {@link #to()}
     * @param validity see {@link #validity()}
     */
    public Delegation {
        Checks.notNull(from, "delegation.from");
        Checks.notNull(to, "delegation.to");
        Checks.notNull(validity, "delegation.validity");
        if (from.equals(to)) {
            throw new ValidationException("delegation.to", "not-self", to, "nobody delegates to themselves");
        }
    }

    /**
     * Tells whether this delegation lets someone decide for an approver at an instant.
     *
     * @param delegate who decides
     * @param approver on whose behalf
     * @param at when
     * @return {@code true} if it delegates from {@code approver} to {@code delegate} and holds at {@code at}
     */
    public boolean allows(ActorId delegate, ActorId approver, Instant at) {
        return from.equals(approver) && to.equals(delegate) && validity.contains(at);
    }
}
