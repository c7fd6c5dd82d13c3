package io.itsmkit.core.archbad;

import java.time.Clock;

/** Takes the system clock as a java.time.Clock (the old rule missed it). */
public class ClockBySystemUtc {
    /** The forbidden clock. */
    public Clock clock = Clock.systemUTC();
}
