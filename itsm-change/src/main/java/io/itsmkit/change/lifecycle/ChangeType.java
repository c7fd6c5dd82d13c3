package io.itsmkit.change.lifecycle;

/**
 * The three ITIL 4 change types. The type classifies a change; its {@link ChangeModel} holds the lifecycle.
 */
public enum ChangeType {
    /** Low risk, pre-authorized, run from a template; no approval at run time. */
    STANDARD,
    /** Assessed, authorized by a change authority that depends on the risk, then scheduled. */
    NORMAL,
    /** Implemented as soon as possible (fix on fail, fail or fail); authorized by an emergency CAB. */
    EMERGENCY
}
