package io.itsmkit.sla.archbad;

import io.itsmkit.change.archbad.ChangeThing;

/** An SLA class that depends on the change module: modules may depend on core only. */
public class SlaUsesChange {
    /** The forbidden dependency. */
    public ChangeThing thing = new ChangeThing();
}
