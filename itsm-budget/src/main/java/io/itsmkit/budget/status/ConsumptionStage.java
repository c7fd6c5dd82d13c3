package io.itsmkit.budget.status;

/**
 * From which stage on spending counts as consuming the budget (ERPNext's budget check at material
 * request, at purchase order, or on actual expense).
 */
public enum ConsumptionStage {
    /** Requested (not yet ordered), ordered (not yet invoiced), accrued and actual amounts all count. */
    FROM_REQUESTED,
    /** Ordered (not yet invoiced), accrued and actual amounts count; requests do not. */
    FROM_ORDERED,
    /** Only actual and accrued amounts count. */
    ACTUALS_ONLY
}
