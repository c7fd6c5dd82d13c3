package io.itsmkit.core.archbad;

/** Reads the system clock in milliseconds. */
public class ClockByMillis {
    /** The forbidden read. */
    public long millis() {
        return System.currentTimeMillis();
    }
}
