package io.itsmkit.core.archbad.leaky;

import io.itsmkit.core.error.Checks;
import java.time.Duration;
import java.time.Instant;

/** Deliberately leaky methods, one per kind of leak the bad-input sanity tester must find. */
public final class Leaky {
    private Leaky() {}

    /**
     * Leaks a NullPointerException on null.
     *
     * @param text any text
     * @return its length
     */
    public static int length(String text) {
        return text.length();
    }

    /**
     * Leaks an ArithmeticException or DateTimeException at the edges of time.
     *
     * @param start an instant
     * @param span a duration
     * @return their sum, unchecked
     */
    public static Instant plus(Instant start, Duration span) {
        Checks.notNull(start, "start");
        Checks.notNull(span, "span");
        return start.plus(span);
    }

    /**
     * Hangs (until interrupted) on a negative count.
     *
     * @param count any number
     * @return the count
     */
    public static long countDown(long count) {
        while (count < 0 && !Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
        }
        return count;
    }

    /**
     * Names another field than its parameter.
     *
     * @param title a title
     * @return the title
     */
    public static String rename(String title) {
        return Checks.notNull(title, "name");
    }

    /**
     * Keeps the contract: null is reported naming the parameter.
     *
     * @param text any text
     * @return the text
     */
    public static String echo(String text) {
        return Checks.notNull(text, "text");
    }
}
