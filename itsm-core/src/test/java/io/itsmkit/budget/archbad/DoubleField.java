package io.itsmkit.budget.archbad;

/** Keeps an amount in a double field. */
public class DoubleField {
    /** The forbidden field. */
    public double amount;
}
