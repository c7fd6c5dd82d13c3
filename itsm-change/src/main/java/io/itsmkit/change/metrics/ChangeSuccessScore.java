package io.itsmkit.change.metrics;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;

/**
 * The Change Success Score of a track record (ServiceNow ITSM Pro, "Change Success Score calculation"): each
 * count times its multiplier, summed.
 *
 * <p>The multipliers are configurable but ordered, so a worse track record never scores more: a success
 * scores at least zero and at least as much as a success with issues, which scores at least as much as a
 * failure, which scores at most zero; incidents score at most zero, a P1 at most as much as a P2, a P2 at
 * most as much as a P3.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param successful multiplier of a successful change
 * @param successfulWithIssues multiplier of a change successful with issues
 * @param failed multiplier of a failed change
 * @param p1Incident multiplier of a P1 incident caused
 * @param p2Incident multiplier of a P2 incident caused
 * @param p3Incident multiplier of a P3 incident caused
 */
public record ChangeSuccessScore(
        int successful, int successfulWithIssues, int failed, int p1Incident, int p2Incident, int p3Incident) {

    /** ServiceNow's multipliers: +3, -2, -5 for the outcomes and -10, -5, -2 for P1, P2, P3 incidents. */
    public static final ChangeSuccessScore SERVICENOW = new ChangeSuccessScore(3, -2, -5, -10, -5, -2);

    /**
     * Validates the order of the multipliers.
     *
     * @throws ValidationException listing every multiplier out of order
     * @param successful see {@link #successful()}
     * @param successfulWithIssues see {@link #successfulWithIssues()}
     * @param failed see {@link #failed()}
     * @param p1Incident see {@link #p1Incident()}
     * @param p2Incident see {@link #p2Incident()}
     * @param p3Incident see {@link #p3Incident()}
     */
    public ChangeSuccessScore {
        Checks.collector()
                .require(
                        successful >= 0, "successful", "not-negative", successful, "a success must not lower the score")
                .require(
                        successfulWithIssues <= successful,
                        "successfulWithIssues",
                        "ordered",
                        successfulWithIssues,
                        "must not exceed the multiplier of a success, " + successful)
                .require(
                        failed <= successfulWithIssues,
                        "failed",
                        "ordered",
                        failed,
                        "must not exceed the multiplier of a success with issues, " + successfulWithIssues)
                .require(failed <= 0, "failed", "not-positive", failed, "a failure must not raise the score")
                .require(
                        p3Incident <= 0,
                        "p3Incident",
                        "not-positive",
                        p3Incident,
                        "an incident must not raise the score")
                .require(
                        p2Incident <= p3Incident,
                        "p2Incident",
                        "ordered",
                        p2Incident,
                        "must not exceed the multiplier of a P3 incident, " + p3Incident)
                .require(
                        p1Incident <= p2Incident,
                        "p1Incident",
                        "ordered",
                        p1Incident,
                        "must not exceed the multiplier of a P2 incident, " + p2Incident)
                .throwIfAny();
    }

    /**
     * Computes the score of a track record.
     *
     * @param record the counts
     * @return the sum of each count times its multiplier
     * @throws ValidationException if the record is null or the score overflows a {@code long}
     */
    public long scoreOf(TrackRecord record) {
        Checks.notNull(record, "trackRecord");
        try {
            long s = Math.multiplyExact(record.successful(), (long) successful);
            s = Math.addExact(s, Math.multiplyExact(record.successfulWithIssues(), (long) successfulWithIssues));
            s = Math.addExact(s, Math.multiplyExact(record.failed(), (long) failed));
            s = Math.addExact(s, Math.multiplyExact(record.p1Incidents(), (long) p1Incident));
            s = Math.addExact(s, Math.multiplyExact(record.p2Incidents(), (long) p2Incident));
            return Math.addExact(s, Math.multiplyExact(record.p3Incidents(), (long) p3Incident));
        } catch (ArithmeticException e) {
            throw new ValidationException(
                    "trackRecord", "within-range", record, "gives a score beyond the range of a long");
        }
    }
}
