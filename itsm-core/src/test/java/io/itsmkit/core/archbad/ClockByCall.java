package io.itsmkit.core.archbad;

import java.time.Instant;

/** Reads the system clock by a call. */
public class ClockByCall {
    /** The forbidden read. */
    public Instant now() {
        return Instant.now();
    }
}
