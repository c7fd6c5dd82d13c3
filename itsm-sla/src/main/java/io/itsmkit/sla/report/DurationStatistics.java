package io.itsmkit.sla.report;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * The mean, median and 90th percentile of some durations, exact to the nanosecond.
 *
 * <ul>
 *   <li>mean: the sum divided by the count, rounded down to the nanosecond;
 *   <li>median: the middle value, or the mean of the two middle values (rounded down) for an even count;
 *   <li>90th percentile: the nearest-rank value, the {@code ceil(0.9 n)}-th smallest.
 * </ul>
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param count how many durations, at least one
 * @param mean the mean
 * @param median the median
 * @param p90 the 90th percentile
 */
public record DurationStatistics(long count, Duration mean, Duration median, Duration p90) {

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null or the count below 1
     * @param count see {@link #count()}
     * @param mean see {@link #mean()}
     * @param median see {@link #median()}
     * @param p90 see {@link #p90()}
     */
    public DurationStatistics {
        Checks.notNull(mean, "statistics.mean");
        Checks.notNull(median, "statistics.median");
        Checks.notNull(p90, "statistics.p90");
        Checks.inRange(count, 1, Long.MAX_VALUE, "statistics.count");
    }

    /**
     * Computes the statistics of some durations.
     *
     * @param durations the durations
     * @return the statistics, or empty for no durations
     * @throws ValidationException if the collection is null or holds null
     */
    public static Optional<DurationStatistics> of(Collection<Duration> durations) {
        Checks.notNull(durations, "durations");
        int n = durations.size();
        if (n == 0) {
            return Optional.empty();
        }
        Duration[] sorted = new Duration[n];
        BigInteger sum = BigInteger.ZERO;
        int i = 0;
        for (Duration d : durations) {
            sorted[i] = Checks.notNull(d, "durations[" + i + "]");
            sum = sum.add(nanosOf(d));
            i++;
        }
        Duration mean = ofNanos(floorDiv(sum, BigInteger.valueOf(n)));
        Arrays.sort(sorted);
        Duration median = n % 2 == 1
                ? sorted[n / 2]
                : ofNanos(floorDiv(nanosOf(sorted[n / 2 - 1]).add(nanosOf(sorted[n / 2])), BigInteger.TWO));
        int rank = (int) ((9L * n + 9) / 10); // ceil(0.9 n)
        return Optional.of(new DurationStatistics(n, mean, median, sorted[rank - 1]));
    }

    private static BigInteger nanosOf(Duration d) {
        return BigInteger.valueOf(d.getSeconds())
                .multiply(BigInteger.valueOf(1_000_000_000L))
                .add(BigInteger.valueOf(d.getNano()));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static Duration ofNanos(BigInteger nanos) {
        BigInteger[] qr = nanos.divideAndRemainder(BigInteger.valueOf(1_000_000_000L));
        if (qr[1].signum() < 0) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(BigInteger.valueOf(1_000_000_000L));
        }
        return Duration.ofSeconds(qr[0].longValueExact(), qr[1].longValue());
    }
}
