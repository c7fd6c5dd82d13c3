package io.itsmkit.change.calendar;

/**
 * The kinds of conflict the change calendar detects: the seven ServiceNow detects (Change Management,
 * "Conflict detection"), in its order.
 */
public enum ConflictKind {
    /** Another change on the same configuration item overlaps ({@code change.conflict.currentci}). */
    ITEM_ALREADY_SCHEDULED,
    /** A change on a related (parent or child) item overlaps. */
    RELATED_ITEM_ALREADY_SCHEDULED,
    /** The item has maintenance windows and the change is not inside them ({@code currentwindow}). */
    OUTSIDE_MAINTENANCE_WINDOW,
    /** A related item has maintenance windows and the change is not inside them. */
    RELATED_ITEM_OUTSIDE_MAINTENANCE_WINDOW,
    /** The change overlaps a blackout window of the item ({@code change.conflict.blackout}). */
    BLACKOUT,
    /** The change overlaps a blackout window of a related item. */
    RELATED_ITEM_BLACKOUT,
    /** The person carrying the change out is scheduled on another change at that time ({@code assigned_to}). */
    ASSIGNEE_ALREADY_SCHEDULED
}
