package io.itsmkit.change.approval;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.id.ActorId;
import java.time.Instant;

/**
 * A break-glass override: someone accepted a change without the approvals, for a stated reason, recorded in
 * the audit trail.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param actor who broke the glass
 * @param reason why, not blank
 * @param at when
 */
public record BreakGlass(ActorId actor, String reason, Instant at) {
    /**
     * Validates the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null or the reason blank
     * @param actor see {@link #actor()}
     * @param reason see {@link #reason()}
     * @param at see {@link #at()}
     */
    public BreakGlass {
        Checks.notNull(actor, "breakGlass.actor");
        Checks.notBlank(reason, "breakGlass.reason");
        Checks.notNull(at, "breakGlass.at");
    }
}
