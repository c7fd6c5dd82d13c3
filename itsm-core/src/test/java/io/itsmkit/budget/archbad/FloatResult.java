package io.itsmkit.budget.archbad;

/** Returns an amount as a float. */
public class FloatResult {
    /** The forbidden result. */
    public float amount() {
        return 0f;
    }
}
