package io.itsmkit.core.archbad;

/** A public method taking a generated class. */
public class TakesGenerated {
    /** The forbidden parameter type. */
    public void take(ImmutableLeak leak) {}
}
