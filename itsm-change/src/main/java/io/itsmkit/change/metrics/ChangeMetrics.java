package io.itsmkit.change.metrics;

import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.organisation.TeamId;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Change metrics over a set of closed, reviewed changes: success rate, failure rate (failed changes over all
 * changes, never incidents over changes, which can exceed 100%), emergency, unauthorized and backed-out
 * shares, and incidents caused, overall or per team, item, service, model and month.
 *
 * <p>A change is successful when its review says successful or successful with issues.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param total the number of changes
 * @param successful changes reviewed successful
 * @param successfulWithIssues changes reviewed successful with issues
 * @param failed changes reviewed failed
 * @param emergency emergency changes
 * @param unauthorized unauthorized changes
 * @param backedOut changes whose backout plan was invoked
 * @param incidentsByPriority incidents caused, by priority 1 to 5, each counted
 */
public record ChangeMetrics(
        long total,
        long successful,
        long successfulWithIssues,
        long failed,
        long emergency,
        long unauthorized,
        long backedOut,
        Map<Integer, Long> incidentsByPriority) {

    /**
     * Validates the counts.
     *
     * @throws io.itsmkit.core.error.ValidationException if a count is negative, the outcomes do not add up to
     *     the total, a share's part exceeds the total, or a priority is outside 1 to 5
     * @param total see {@link #total()}
     * @param successful see {@link #successful()}
     * @param successfulWithIssues see {@link #successfulWithIssues()}
     * @param failed see {@link #failed()}
     * @param emergency see {@link #emergency()}
     * @param unauthorized see {@link #unauthorized()}
     * @param backedOut see {@link #backedOut()}
     * @param incidentsByPriority see {@link #incidentsByPriority()}
     */
    public ChangeMetrics {
        Checks.notNull(incidentsByPriority, "metrics.incidentsByPriority");
        Checks.notNegative(total, "metrics.total");
        long[] counts = {successful, successfulWithIssues, failed, emergency, unauthorized, backedOut};
        String[] names = {"successful", "successfulWithIssues", "failed", "emergency", "unauthorized", "backedOut"};
        Checks.Collector problems = Checks.collector();
        for (int i = 0; i < counts.length; i++) {
            problems.require(
                    counts[i] >= 0 && counts[i] <= total,
                    "metrics." + names[i],
                    "within-total",
                    counts[i],
                    "must be from 0 to the total " + total);
        }
        problems.require(
                successful + successfulWithIssues + failed == total,
                "metrics.total",
                "outcomes-add-up",
                total,
                "must be the sum of the outcomes");
        incidentsByPriority.forEach((p, n) -> problems.require(
                        p != null && p >= 1 && p <= 5, "metrics.incidentsByPriority", "priority", p, "1 to 5")
                .require(n != null && n >= 0, "metrics.incidentsByPriority[" + p + "]", "not-negative", n, "a count"));
        problems.throwIfAny();
        incidentsByPriority = Map.copyOf(new TreeMap<>(incidentsByPriority));
    }

    /**
     * Computes the metrics of some changes.
     *
     * @param changes the closed, reviewed changes
     * @return the metrics; all zero for none
     * @throws io.itsmkit.core.error.ValidationException if the collection is null or holds null
     */
    public static ChangeMetrics of(Collection<ClosedChange> changes) {
        long[] n = new long[7];
        Map<Integer, Long> incidents = new TreeMap<>();
        for (ClosedChange c : checked(changes)) {
            PostImplementationReview r = c.review();
            n[0]++;
            n[
                    switch (r.outcome()) {
                        case SUCCESSFUL -> 1;
                        case SUCCESSFUL_WITH_ISSUES -> 2;
                        case FAILED -> 3;
                    }]++;
            n[4] += c.type() == ChangeType.EMERGENCY ? 1 : 0;
            n[5] += c.unauthorized() ? 1 : 0;
            n[6] += r.backedOut() ? 1 : 0;
            r.incidents().forEach(i -> incidents.merge(i.priority(), 1L, Long::sum));
        }
        return new ChangeMetrics(n[0], n[1], n[2], n[3], n[4], n[5], n[6], incidents);
    }

    /**
     * Computes the metrics per assignment group; changes with no group are left out.
     *
     * @param changes the closed changes
     * @return the metrics of each team, by team
     */
    public static SortedMap<TeamId, ChangeMetrics> byTeam(Collection<ClosedChange> changes) {
        return by(changes, c -> c.team().map(Set::of).orElse(Set.of()));
    }

    /**
     * Computes the metrics per configuration item; a change counts for every item it touched.
     *
     * @param changes the closed changes
     * @return the metrics of each item, by item
     */
    public static SortedMap<ConfigurationItemId, ChangeMetrics> byItem(Collection<ClosedChange> changes) {
        return by(changes, ClosedChange::items);
    }

    /**
     * Computes the metrics per service; a change counts for every service it affected.
     *
     * @param changes the closed changes
     * @return the metrics of each service, by service
     */
    public static SortedMap<ConfigurationItemId, ChangeMetrics> byService(Collection<ClosedChange> changes) {
        return by(changes, ClosedChange::services);
    }

    /**
     * Computes the metrics per change model.
     *
     * @param changes the closed changes
     * @return the metrics of each model, by model name
     */
    public static SortedMap<String, ChangeMetrics> byModel(Collection<ClosedChange> changes) {
        return by(changes, c -> Set.of(c.model()));
    }

    /**
     * Computes the metrics per month of closure in a time zone.
     *
     * @param changes the closed changes
     * @param zone the zone whose calendar months count
     * @return the metrics of each month with closures, by month
     * @throws io.itsmkit.core.error.ValidationException if the zone is null
     */
    public static SortedMap<YearMonth, ChangeMetrics> byMonth(Collection<ClosedChange> changes, ZoneId zone) {
        Checks.notNull(zone, "zone");
        return by(changes, c -> Set.of(YearMonth.from(c.closedAt().atZone(zone))));
    }

    private static <K extends Comparable<? super K>> SortedMap<K, ChangeMetrics> by(
            Collection<ClosedChange> changes, Function<ClosedChange, Set<K>> keys) {
        SortedMap<K, List<ClosedChange>> groups = new TreeMap<>();
        for (ClosedChange c : checked(changes)) {
            for (K k : keys.apply(c)) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
            }
        }
        SortedMap<K, ChangeMetrics> out = new TreeMap<>();
        groups.forEach((k, cs) -> out.put(k, of(cs)));
        return Collections.unmodifiableSortedMap(out);
    }

    private static List<ClosedChange> checked(Collection<ClosedChange> changes) {
        Checks.notNull(changes, "changes");
        List<ClosedChange> out = new ArrayList<>(changes.size());
        int i = 0;
        for (ClosedChange c : changes) {
            out.add(Checks.notNull(c, "changes[" + i++ + "]"));
        }
        return out;
    }

    /**
     * Returns the success rate: successful changes (with or without issues) over all.
     *
     * @return the share
     */
    public Share successRate() {
        return new Share(successful + successfulWithIssues, total);
    }

    /**
     * Returns the failure rate: failed changes over all.
     *
     * @return the share
     */
    public Share failureRate() {
        return new Share(failed, total);
    }

    /**
     * Returns the share of emergency changes.
     *
     * @return the share
     */
    public Share emergencyShare() {
        return new Share(emergency, total);
    }

    /**
     * Returns the share of unauthorized changes.
     *
     * @return the share
     */
    public Share unauthorizedShare() {
        return new Share(unauthorized, total);
    }

    /**
     * Returns the share of backed-out changes.
     *
     * @return the share
     */
    public Share backedOutShare() {
        return new Share(backedOut, total);
    }

    /**
     * Returns the number of incidents the changes caused, all priorities.
     *
     * @return the count
     */
    public long incidentsCaused() {
        return incidentsByPriority.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Returns the track record these metrics describe, for the Change Success Score.
     *
     * @return the outcome counts and the P1 to P3 incident counts
     */
    public TrackRecord trackRecord() {
        return new TrackRecord(
                successful,
                successfulWithIssues,
                failed,
                incidentsByPriority.getOrDefault(1, 0L),
                incidentsByPriority.getOrDefault(2, 0L),
                incidentsByPriority.getOrDefault(3, 0L));
    }
}
