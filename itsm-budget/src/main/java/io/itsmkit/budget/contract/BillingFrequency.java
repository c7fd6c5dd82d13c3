package io.itsmkit.budget.contract;

/** How often a supplier invoices a contract. */
public enum BillingFrequency {
    /** One invoice at the start of the term. */
    ONCE(0),
    /** An invoice every month. */
    MONTHLY(1),
    /** An invoice every three months. */
    QUARTERLY(3),
    /** An invoice every six months. */
    SEMI_ANNUALLY(6),
    /** An invoice every year. */
    ANNUALLY(12);

    private final int months;

    BillingFrequency(int months) {
        this.months = months;
    }

    /**
     * Returns the months between invoices.
     *
     * @return 1, 3, 6 or 12; 0 for {@link #ONCE}
     */
    public int months() {
        return months;
    }
}
