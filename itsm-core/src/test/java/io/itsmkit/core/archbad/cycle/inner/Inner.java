package io.itsmkit.core.archbad.cycle.inner;

import io.itsmkit.core.archbad.cycle.Outer;

/** The other half of the cycle: the sub-package uses its parent. */
public class Inner {
    /** Uses the parent package. */
    public Outer outer() {
        return new Outer();
    }
}
