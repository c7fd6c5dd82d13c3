package io.itsmkit.core.archbad.spi;

/** A class with behaviour in an SPI package. */
public class Behaviour {
    /** Behaviour that belongs in an adapter. */
    public int compute() {
        return 42;
    }
}
