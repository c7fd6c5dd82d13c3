package io.itsmkit.budget.ledger;

/** What a ledger entry records. */
public enum EntryKind {
    /** A budget revision: a supplement (positive), a cut (negative), or one side of a transfer. */
    PLAN,
    /** A commitment requested and not yet ordered (a purchase requisition); released by its negation. */
    REQUESTED,
    /** A commitment ordered and not yet invoiced (a purchase order); released by its negation. */
    ORDERED,
    /** A cost incurred and recognised before its invoice; released by its negation when invoiced. */
    ACCRUAL,
    /** A cost invoiced or paid. */
    ACTUAL
}
