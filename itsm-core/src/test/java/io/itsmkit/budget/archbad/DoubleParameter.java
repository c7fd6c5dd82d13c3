package io.itsmkit.budget.archbad;

import java.math.BigDecimal;

/** Takes an amount as a double parameter (the old rule missed it). */
public class DoubleParameter {
    /** The forbidden parameter. */
    public BigDecimal of(double amount) {
        return BigDecimal.ZERO;
    }
}
