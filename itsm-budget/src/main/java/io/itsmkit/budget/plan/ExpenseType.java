package io.itsmkit.budget.plan;

/**
 * Whether a cost is capital or operating expenditure: CapEx is capitalised and depreciated over the
 * asset's life, OpEx is expensed in the period it is incurred.
 */
public enum ExpenseType {
    /** Capital expenditure: hardware and licences bought as assets, capitalised projects. */
    CAPEX,
    /** Operating expenditure: subscriptions, services, staff, running costs. */
    OPEX
}
