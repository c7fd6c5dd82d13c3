package io.itsmkit.budget.forecast;

/** How the remaining periods of a year are forecast from the actuals of the periods so far. */
public enum ForecastMethod {
    /** Each remaining period costs the average of the periods so far (run rate). */
    RUN_RATE,
    /** Each remaining period costs what the least-squares line through the periods so far gives. */
    LINEAR_TREND
}
