package io.itsmkit.core.archbad;

import java.time.Clock;

/** Takes the system clock in the default zone. */
public class ClockBySystemDefaultZone {
    /** The forbidden clock. */
    public Clock clock() {
        return Clock.systemDefaultZone();
    }
}
