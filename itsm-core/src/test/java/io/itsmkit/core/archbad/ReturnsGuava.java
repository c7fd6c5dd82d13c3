package io.itsmkit.core.archbad;

import com.google.common.collect.ImmutableList;

/** A public method returning a Guava type. */
public class ReturnsGuava {
    /** The forbidden result type. */
    public ImmutableList<String> names() {
        return ImmutableList.of();
    }
}
