package io.itsmkit.change.approval;

/**
 * Who authorizes a change (ITIL 4 "change authority").
 */
public enum ChangeAuthority {
    /** Nobody at run time: a standard change is pre-authorized by its template. */
    PRE_APPROVED,
    /** A peer: a member of the change's assignment group (ServiceNow: one approval suffices). */
    PEER,
    /** The change manager (ServiceNow: any member of the change management group). */
    CHANGE_MANAGER,
    /** The change advisory board (ServiceNow: at least one CAB member). */
    CAB,
    /** The emergency change advisory board. */
    EMERGENCY_CAB
}
