package io.itsmkit.sla.agreement;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.Duration;

/**
 * A point on a clock's way to its target, in working time: a percent of the target (warnings at 50%, 75% and
 * 90%; 150% to re-escalate after a breach), or an amount of working time before the breach (GLPI's
 * escalation level "1 hour before"). A threshold is reached when the elapsed working time is at least its
 * {@link #levelNanos(long) level}.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 */
public sealed interface Threshold {

    /** The largest percent accepted. */
    int MAX_PERCENT = 1000;

    /**
     * Returns the elapsed working time, in nanoseconds, at which the threshold is reached.
     *
     * @param targetNanos the target in nanoseconds, more than zero
     * @return the level, from zero up; {@link Long#MAX_VALUE} if it cannot be represented
     */
    long levelNanos(long targetNanos);

    /**
     * A percent of the target.
     *
     * @param percent 1 to {@value #MAX_PERCENT}
     * @return the threshold
     */
    static Threshold percent(int percent) {
        return new Percent(percent);
    }

    /**
     * An amount of working time before the breach.
     *
     * @param workingTime more than zero
     * @return the threshold
     */
    static Threshold beforeBreach(Duration workingTime) {
        return new BeforeBreach(workingTime);
    }

    /**
     * A percent of the target: reached when {@code elapsed * 100 >= target * percent}.
     *
     * @param percent 1 to {@value #MAX_PERCENT}
     */
    record Percent(int percent) implements Threshold {
        /**
         * Validates the component.
         *
         * @throws ValidationException with rule {@code "range"} if the percent is out of range
         * @param percent see {@link #percent()}
         */
        public Percent {
            Checks.inRange(percent, 1, MAX_PERCENT, "threshold.percent");
        }

        @Override
        public long levelNanos(long targetNanos) {
            long whole = targetNanos / 100;
            long rest = targetNanos % 100;
            if (whole > Long.MAX_VALUE / MAX_PERCENT) {
                return Long.MAX_VALUE;
            }
            // ceil(target * percent / 100), without overflow
            return whole * percent + (rest * percent + 99) / 100;
        }

        @Override
        public String toString() {
            return percent + "%";
        }
    }

    /**
     * An amount of working time before the breach: reached when {@code elapsed >= target - workingTime}, at
     * the start if the amount is the whole target or more.
     *
     * @param workingTime more than zero
     */
    record BeforeBreach(Duration workingTime) implements Threshold {
        /**
         * Validates the component.
         *
         * @throws ValidationException with rule {@code "positive"} if the amount is zero or negative
         * @param workingTime see {@link #workingTime()}
         */
        public BeforeBreach {
            Checks.positive(workingTime, "threshold.workingTime");
        }

        @Override
        public long levelNanos(long targetNanos) {
            if (workingTime.toSeconds() >= Long.MAX_VALUE / 1_000_000_000L) {
                return 0;
            }
            return Math.max(0, targetNanos - workingTime.toNanos());
        }

        @Override
        public String toString() {
            return workingTime + " before breach";
        }
    }
}
