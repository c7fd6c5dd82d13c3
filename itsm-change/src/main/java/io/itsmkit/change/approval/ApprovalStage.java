package io.itsmkit.change.approval;

import io.itsmkit.change.lifecycle.ChangeState;
import io.itsmkit.core.error.Checks;

/**
 * One approval a change needs: in which state, from which authority (ServiceNow: a normal change is approved
 * by a peer in Assess, then by the CAB in Authorize).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param state the state the approval is asked in
 * @param authority who approves; never {@link ChangeAuthority#PRE_APPROVED}
 */
public record ApprovalStage(ChangeState state, ChangeAuthority authority) {
    /**
     * Validates the components.
     *
     * @throws io.itsmkit.core.error.ValidationException if a component is null or the authority is
     *     {@link ChangeAuthority#PRE_APPROVED} (a pre-approved change has no stage)
     * @param state see {@link #state()}
     * @param authority see {@link #authority()}
     */
    public ApprovalStage {
        Checks.notNull(state, "stage.state");
        Checks.notNull(authority, "stage.authority");
        Checks.collector()
                .require(
                        authority != ChangeAuthority.PRE_APPROVED,
                        "stage.authority",
                        "not-pre-approved",
                        authority,
                        "a pre-approved change has no approval stage")
                .throwIfAny();
    }
}
