package io.itsmkit.change.metrics;

import io.itsmkit.core.error.Checks;

/**
 * The track record of a team, an item or a model: how its past changes turned out and how many incidents
 * they caused, by priority (P1 the most severe).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param successful changes that succeeded
 * @param successfulWithIssues changes that succeeded with issues
 * @param failed changes that failed
 * @param p1Incidents P1 incidents caused by the changes
 * @param p2Incidents P2 incidents caused by the changes
 * @param p3Incidents P3 incidents caused by the changes
 */
public record TrackRecord(
        long successful, long successfulWithIssues, long failed, long p1Incidents, long p2Incidents, long p3Incidents) {

    /** No history at all. */
    public static final TrackRecord NONE = new TrackRecord(0, 0, 0, 0, 0, 0);

    /**
     * Validates the counts.
     *
     * @throws io.itsmkit.core.error.ValidationException if a count is negative
     * @param successful see {@link #successful()}
     * @param successfulWithIssues see {@link #successfulWithIssues()}
     * @param failed see {@link #failed()}
     * @param p1Incidents see {@link #p1Incidents()}
     * @param p2Incidents see {@link #p2Incidents()}
     * @param p3Incidents see {@link #p3Incidents()}
     */
    public TrackRecord {
        Checks.notNegative(successful, "trackRecord.successful");
        Checks.notNegative(successfulWithIssues, "trackRecord.successfulWithIssues");
        Checks.notNegative(failed, "trackRecord.failed");
        Checks.notNegative(p1Incidents, "trackRecord.p1Incidents");
        Checks.notNegative(p2Incidents, "trackRecord.p2Incidents");
        Checks.notNegative(p3Incidents, "trackRecord.p3Incidents");
    }
}
