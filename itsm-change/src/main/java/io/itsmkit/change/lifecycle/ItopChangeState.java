package io.itsmkit.change.lifecycle;

/**
 * The values of iTop's change {@code status} attribute (module {@code itop-change-mgmt-itil}), shared by its
 * routine, normal and emergency changes; each lifecycle uses only some of them.
 */
public enum ItopChangeState {
    /** {@code new}. */
    NEW,
    /** {@code validated}: accepted for processing (normal changes only). */
    VALIDATED,
    /** {@code rejected}: not accepted; can be reopened (normal changes only). */
    REJECTED,
    /** {@code assigned}: assigned to a team and agent. */
    ASSIGNED,
    /** {@code plannedscheduled}: planned and scheduled. */
    PLANNED_SCHEDULED,
    /** {@code approved}: approved by the change manager (normal and emergency changes). */
    APPROVED,
    /** {@code notapproved}: not approved; can be replanned (normal and emergency changes). */
    NOT_APPROVED,
    /** {@code implemented}. */
    IMPLEMENTED,
    /** {@code monitored}: being monitored after implementation. */
    MONITORED,
    /** {@code closed}. */
    CLOSED
}
