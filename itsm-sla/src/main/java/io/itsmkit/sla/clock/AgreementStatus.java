package io.itsmkit.sla.clock;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.sla.agreement.AgreementId;
import java.time.Instant;
import java.util.List;

/**
 * Every metric's clock of one agreement on one ticket, as of an instant, in the agreement's metric order.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param agreement the agreement
 * @param at the evaluation instant
 * @param clocks one status per metric
 */
public record AgreementStatus(AgreementId agreement, Instant at, List<ClockStatus> clocks) {

    /**
     * Validates and copies the components.
     *
     * @throws ValidationException if a component is null or holds null
     * @param agreement see {@link #agreement()}
     * @param at see {@link #at()}
     * @param clocks see {@link #clocks()}
     */
    public AgreementStatus {
        Checks.notNull(agreement, "status.agreement");
        Checks.notNull(at, "status.at");
        clocks = Checks.noNulls(clocks, "status.clocks");
    }

    /**
     * Returns the clock of a metric.
     *
     * @param metric the metric's name
     * @return its status
     * @throws ValidationException with rule {@code "known-metric"} if there is none
     */
    public ClockStatus clock(String metric) {
        Checks.notNull(metric, "metric");
        for (ClockStatus c : clocks) {
            if (c.subject().metric().equals(metric)) {
                return c;
            }
        }
        throw new ValidationException("metric", "known-metric", metric, "is not a metric of agreement " + agreement);
    }
}
