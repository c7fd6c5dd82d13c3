package io.itsmkit.core.archbad.cycle;

import io.itsmkit.core.archbad.cycle.inner.Inner;

/** Half of a cycle between a package and its sub-package (the old slicing hid it). */
public class Outer {
    /** Uses the sub-package. */
    public Inner inner() {
        return new Inner();
    }
}
