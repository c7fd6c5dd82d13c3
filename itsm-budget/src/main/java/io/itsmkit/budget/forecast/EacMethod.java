package io.itsmkit.budget.forecast;

/**
 * How the estimate at completion (EAC) is forecast (PMI PMBOK; ServiceNow calls EAC "Forecast").
 */
public enum EacMethod {
    /** {@code BAC / CPI}: the cost efficiency so far continues to the end. */
    TYPICAL,
    /** {@code AC + (BAC - EV)}: the variance so far was a one-off; the rest goes as planned. */
    ATYPICAL,
    /** {@code AC + (BAC - EV) / (CPI x SPI)}: both cost and schedule pressure continue. */
    CPI_TIMES_SPI
}
