package io.itsmkit.core.archbad;

/** A public class named like a generated implementation. */
public class ImmutableLeak {}
