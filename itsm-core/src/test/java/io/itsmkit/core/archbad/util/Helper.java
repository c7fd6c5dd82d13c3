package io.itsmkit.core.archbad.util;

/** A class in a technical-layer package. */
public class Helper {}
