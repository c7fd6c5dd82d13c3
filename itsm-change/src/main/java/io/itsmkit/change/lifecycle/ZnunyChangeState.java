package io.itsmkit.change.lifecycle;

/**
 * The change states of Znuny (formerly OTRS) ITSM Change Management, general catalog class
 * {@code ITSM::ChangeManagement::Change::State}.
 */
public enum ZnunyChangeState {
    /** {@code requested}: the initial state. */
    REQUESTED,
    /** {@code pending approval}. */
    PENDING_APPROVAL,
    /** {@code rejected}. */
    REJECTED,
    /** {@code retracted}. */
    RETRACTED,
    /** {@code approved}. */
    APPROVED,
    /** {@code in progress}. */
    IN_PROGRESS,
    /** {@code pending pir}: waiting for the post-implementation review. */
    PENDING_PIR,
    /** {@code failed}. */
    FAILED,
    /** {@code successful}. */
    SUCCESSFUL,
    /** {@code canceled}. */
    CANCELED
}
