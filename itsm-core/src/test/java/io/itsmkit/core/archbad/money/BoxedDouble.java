package io.itsmkit.core.archbad.money;

/** A money package outside budget with a boxed Double parameter. */
public class BoxedDouble {
    /** The forbidden parameter. */
    public void pay(Double amount) {}
}
