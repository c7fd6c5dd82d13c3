package io.itsmkit.change.archbad;

/** Something in the change module, used by a bad SLA class. */
public class ChangeThing {}
