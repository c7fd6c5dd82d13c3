package io.itsmkit.change.approval;

/** An approver's decision. */
public enum Decision {
    /** Approves the change. */
    ACCEPT,
    /** Rejects the change. */
    REFUSE
}
