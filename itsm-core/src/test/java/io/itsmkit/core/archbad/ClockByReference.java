package io.itsmkit.core.archbad;

import java.time.Instant;
import java.util.function.Supplier;

/** Reads the system clock through a method reference (the old rule missed it). */
public class ClockByReference {
    /** The forbidden read, deferred. */
    public Supplier<Instant> clock = Instant::now;
}
