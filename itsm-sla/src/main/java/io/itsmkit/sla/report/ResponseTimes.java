package io.itsmkit.sla.report;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.sla.agreement.MetricPurpose;
import io.itsmkit.sla.clock.ClockStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mean time to acknowledge (MTTA, over response metrics) or to resolve (MTTR, over resolution metrics), in
 * working time and in wall time, with median and 90th percentile: over the clocks that stopped (met or
 * breached), each counting its last cycle's elapsed working time and its wall-clock running time (pauses
 * excluded, ServiceNow's "actual elapsed time").
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param purpose response (MTTA) or resolution (MTTR)
 * @param working the statistics of the elapsed working time
 * @param wall the statistics of the elapsed wall-clock time
 */
public record ResponseTimes(MetricPurpose purpose, DurationStatistics working, DurationStatistics wall) {

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null
     * @param purpose see {@link #purpose()}
     * @param working see {@link #working()}
     * @param wall see {@link #wall()}
     */
    public ResponseTimes {
        Checks.notNull(purpose, "times.purpose");
        Checks.notNull(working, "times.working");
        Checks.notNull(wall, "times.wall");
    }

    /**
     * The mean time to acknowledge, over the stopped clocks of response metrics.
     *
     * @param clocks evaluated clocks
     * @return the times, or empty with no stopped response clock
     * @throws ValidationException if the clocks are null or hold null
     */
    public static Optional<ResponseTimes> mtta(Iterable<ClockStatus> clocks) {
        return of(clocks, MetricPurpose.RESPONSE);
    }

    /**
     * The mean time to resolve, over the stopped clocks of resolution metrics.
     *
     * @param clocks evaluated clocks
     * @return the times, or empty with no stopped resolution clock
     * @throws ValidationException if the clocks are null or hold null
     */
    public static Optional<ResponseTimes> mttr(Iterable<ClockStatus> clocks) {
        return of(clocks, MetricPurpose.RESOLUTION);
    }

    private static Optional<ResponseTimes> of(Iterable<ClockStatus> clocks, MetricPurpose purpose) {
        Checks.notNull(clocks, "clocks");
        List<Duration> working = new ArrayList<>();
        List<Duration> wall = new ArrayList<>();
        for (ClockStatus c : clocks) {
            Checks.notNull(c, "clocks[]");
            if (c.isStopped() && c.subject().purpose() == purpose) {
                working.add(c.elapsed());
                wall.add(c.elapsedWall());
            }
        }
        return DurationStatistics.of(working)
                .map(w -> new ResponseTimes(
                        purpose, w, DurationStatistics.of(wall).orElseThrow()));
    }
}
