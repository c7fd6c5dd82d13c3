package io.itsmkit.core.archbad;

/** A core class depending on a library core must not use at run time. */
public class UsesQuickTheories {
    /** The forbidden dependency. */
    public org.quicktheories.core.Gen<String> gen;
}
