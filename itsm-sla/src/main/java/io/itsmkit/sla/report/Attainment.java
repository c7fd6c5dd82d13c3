package io.itsmkit.sla.report;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.sla.clock.ClockStatus;
import io.itsmkit.sla.clock.Stage;
import io.itsmkit.sla.experience.ExperienceResult;
import io.itsmkit.sla.ratio.Ratio;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Attainment: met / (met + breached). A stopped clock within its target is met; a breached clock counts as
 * breached whether it is still running or stopped; a running, paused or not-started clock that has not
 * breached, and a cancelled clock, are left out. With neither met nor breached clocks, attainment is empty
 * (never 0% nor 100%).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param met how many met
 * @param breached how many breached
 */
public record Attainment(long met, long breached) {

    /**
     * Validates the components.
     *
     * @throws ValidationException with rule {@code "not-negative"} for a negative count
     * @param met see {@link #met()}
     * @param breached see {@link #breached()}
     */
    public Attainment {
        Checks.notNegative(met, "attainment.met");
        Checks.notNegative(breached, "attainment.breached");
    }

    /**
     * Returns the exact attainment.
     *
     * @return met / (met + breached), or empty when both are zero
     */
    public Optional<Ratio> ratio() {
        return met + breached == 0 ? Optional.empty() : Optional.of(Ratio.of(met, met + breached));
    }

    /**
     * Counts the clocks that count.
     *
     * @param clocks evaluated clocks
     * @return the attainment
     * @throws ValidationException if the clocks are null or hold null
     */
    public static Attainment of(Iterable<ClockStatus> clocks) {
        Checks.notNull(clocks, "clocks");
        long met = 0;
        long breached = 0;
        for (ClockStatus c : clocks) {
            Stage s = Checks.notNull(c, "clocks[]").stage();
            if (s == Stage.MET) {
                met++;
            } else if (s == Stage.BREACHED) {
                breached++;
            }
        }
        return new Attainment(met, breached);
    }

    /**
     * Counts experience results: a met target is met, a missed one breached, an undefined one left out.
     *
     * @param results the results of experience targets, e.g. one per period
     * @return the attainment
     * @throws ValidationException if the results are null or hold null
     */
    public static Attainment ofExperience(Iterable<ExperienceResult> results) {
        Checks.notNull(results, "results");
        long met = 0;
        long breached = 0;
        for (ExperienceResult r : results) {
            Checks.notNull(r, "results[]");
            if (r.isMet()) {
                met++;
            } else if (r.isBreached()) {
                breached++;
            }
        }
        return new Attainment(met, breached);
    }

    /**
     * Breaks attainment down: the clocks that count, grouped by a key, e.g. {@code Dimension.SERVICE::of}, or
     * a dimension and a period together.
     *
     * @param clocks evaluated clocks
     * @param key the group of a counted clock
     * @param <K> the key type
     * @return the attainment per key, in the order keys were first seen
     * @throws ValidationException if an argument is null, the clocks hold null, or the key function answers
     *     null
     */
    public static <K> Map<K, Attainment> by(Iterable<ClockStatus> clocks, Function<? super ClockStatus, K> key) {
        Checks.notNull(clocks, "clocks");
        Checks.notNull(key, "key");
        Map<K, long[]> counts = new LinkedHashMap<>();
        for (ClockStatus c : clocks) {
            Stage s = Checks.notNull(c, "clocks[]").stage();
            if (s == Stage.MET || s == Stage.BREACHED) {
                long[] n = counts.computeIfAbsent(Checks.notNull(key.apply(c), "key(clock)"), k -> new long[2]);
                n[s == Stage.MET ? 0 : 1]++;
            }
        }
        Map<K, Attainment> out = new LinkedHashMap<>();
        counts.forEach((k, n) -> out.put(k, new Attainment(n[0], n[1])));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Returns the instant a counted clock counts at, to put it in a period: when it stopped, or, for a
     * breach still running, when it breached.
     *
     * @param clock an evaluated clock
     * @return the instant, or empty for a clock that does not count
     * @throws ValidationException if the clock is null
     */
    public static Optional<Instant> countedAt(ClockStatus clock) {
        Checks.notNull(clock, "clock");
        if (clock.stage() == Stage.MET) {
            return clock.stoppedAt();
        }
        if (clock.stage() == Stage.BREACHED) {
            return clock.isStopped() ? clock.stoppedAt() : clock.breachedAt();
        }
        return Optional.empty();
    }
}
