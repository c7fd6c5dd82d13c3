package io.itsmkit.change.risk;

import io.itsmkit.change.leadtime.LeadTime;
import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.metrics.ChangeSuccessScore;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.Criticality;
import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The built-in risk factors a host can use without writing code: blast radius, missing backout or test plan,
 * outage, timing inside business hours, lead-time shortfall, emergency, and the track record as a Change
 * Success Score. Points range from 0 to {@value #MAX_POINTS}; every built-in factor is monotone.
 *
 * <p>Implementation Requirements: the factors are immutable and thread-safe.
 */
public final class RiskFactors {
    /** The most points a built-in factor's parameter may give. */
    public static final int MAX_POINTS = 100_000;

    private RiskFactors() {}

    /**
     * Blast radius: what the change can impact in the CMDB graph (the items it touches and what depends on or
     * is contained in them): points per impacted service, per thousand users of those services, and for the
     * highest criticality reached.
     *
     * @param pointsPerService points for each impacted service
     * @param pointsPerThousandUsers points for each full thousand users of the impacted services
     * @param pointsByCriticality points for the highest criticality impacted; a more critical level must not
     *     give fewer points than a less critical one; a missing level gives 0
     * @return the factor, named {@code "blast radius"}
     * @throws ValidationException if points are out of range or not monotone in criticality
     */
    public static RiskFactor blastRadius(
            int pointsPerService, int pointsPerThousandUsers, Map<Criticality, Integer> pointsByCriticality) {
        points(pointsPerService, "blastRadius.pointsPerService");
        points(pointsPerThousandUsers, "blastRadius.pointsPerThousandUsers");
        Checks.notNull(pointsByCriticality, "blastRadius.pointsByCriticality");
        Map<Criticality, Integer> byCriticality = new EnumMap<>(Criticality.class);
        int lessCritical = 0;
        Checks.Collector problems = Checks.collector();
        List<Criticality> leastCriticalFirst = new ArrayList<>(List.of(Criticality.values()));
        Collections.reverse(leastCriticalFirst);
        for (Criticality c : leastCriticalFirst) {
            Integer given = pointsByCriticality.get(c);
            int p = given == null ? 0 : given;
            points(p, "blastRadius.pointsByCriticality[" + c + "]");
            problems.require(
                    p >= lessCritical,
                    "blastRadius.pointsByCriticality[" + c + "]",
                    "monotone",
                    p,
                    "must not be below the points of a less critical level (" + lessCritical + ")");
            lessCritical = Math.max(lessCritical, p);
            byCriticality.put(c, p);
        }
        problems.throwIfAny();
        return new BlastRadius(pointsPerService, pointsPerThousandUsers, Map.copyOf(byCriticality));
    }

    /**
     * A missing backout plan.
     *
     * @param points the points when the change has no backout plan
     * @return the factor, named {@code "no backout plan"}
     * @throws ValidationException if the points are out of range
     */
    public static RiskFactor missingBackoutPlan(int points) {
        return new Flag("no backout plan", points(points, "missingBackoutPlan.points"), FlagKind.NO_BACKOUT);
    }

    /**
     * A missing test plan.
     *
     * @param points the points when the change has no test plan
     * @return the factor, named {@code "no test plan"}
     * @throws ValidationException if the points are out of range
     */
    public static RiskFactor missingTestPlan(int points) {
        return new Flag("no test plan", points(points, "missingTestPlan.points"), FlagKind.NO_TEST);
    }

    /**
     * A service outage caused by the change.
     *
     * @param points the points when the change causes an outage
     * @return the factor, named {@code "outage"}
     * @throws ValidationException if the points are out of range
     */
    public static RiskFactor outage(int points) {
        return new Flag("outage", points(points, "outage.points"), FlagKind.OUTAGE);
    }

    /**
     * An emergency change.
     *
     * @param points the points when the change is an emergency change
     * @return the factor, named {@code "emergency"}
     * @throws ValidationException if the points are out of range
     */
    public static RiskFactor emergency(int points) {
        return new Flag("emergency", points(points, "emergency.points"), FlagKind.EMERGENCY);
    }

    /**
     * Timing: the planned window overlaps the business hours of an impacted service that has hours in the
     * context ({@link RiskContext#serviceHours()}). No points without a planned window.
     *
     * @param points the points when it does
     * @return the factor, named {@code "business hours"}
     * @throws ValidationException if the points are out of range
     */
    public static RiskFactor businessHours(int points) {
        return new BusinessHours(points(points, "businessHours.points"));
    }

    /**
     * Lead-time shortfall (ServiceNow's "Insufficient lead time" risk condition): the planned start is earlier
     * than the required business days after submission, counted on the context's business calendar. No
     * points without a planned window.
     *
     * @param required the lead time required
     * @param points the points when the lead time is not met
     * @return the factor, named {@code "lead time"}
     * @throws ValidationException if the lead time is null or the points out of range
     */
    public static RiskFactor leadTimeShortfall(LeadTime required, int points) {
        return new LeadTimeShortfall(
                Checks.notNull(required, "leadTimeShortfall.required"), points(points, "leadTimeShortfall.points"));
    }

    /**
     * Track record: the Change Success Score of the context's track record is below a threshold (a team or
     * model with no history scores 0).
     *
     * @param score the multipliers, e.g. {@link ChangeSuccessScore#SERVICENOW}
     * @param threshold the lowest score that is not risky
     * @param points the points when the score is below the threshold
     * @return the factor, named {@code "track record"}
     * @throws ValidationException if the score is null or the points out of range
     */
    public static RiskFactor trackRecord(ChangeSuccessScore score, long threshold, int points) {
        return new TrackRecordBelow(
                Checks.notNull(score, "trackRecord.score"), threshold, points(points, "trackRecord.points"));
    }

    private static int points(int points, String path) {
        if (points < 0 || points > MAX_POINTS) {
            throw new ValidationException(path, "within-range", points, "must be from 0 to " + MAX_POINTS);
        }
        return points;
    }

    private static RiskContribution contribution(String name, String detail, long points) {
        return RiskContribution.points(RiskContribution.Source.FACTOR, name, detail, points);
    }

    private static String names(List<ConfigurationItem> items) {
        return items.stream().map(ConfigurationItem::name).collect(Collectors.joining(", "));
    }

    private record BlastRadius(int perService, int perThousandUsers, Map<Criticality, Integer> byCriticality)
            implements RiskFactor {
        @Override
        public String name() {
            return "blast radius";
        }

        @Override
        public RiskContribution assess(RiskContext context) {
            Checks.notNull(context, "context");
            Optional<Criticality> highest = context.highestImpactedCriticality();
            if (highest.isEmpty()) {
                return contribution(name(), "the change touches no configuration item", 0);
            }
            List<ConfigurationItem> services = context.impactedServices();
            long users = 0;
            for (ConfigurationItem s : services) {
                long u = context.usersByService().getOrDefault(s.id(), 0L);
                users = users > Long.MAX_VALUE - u ? Long.MAX_VALUE : users + u;
            }
            // every term is at most 1e5 x 1e9, so the sum cannot overflow; it is capped to the maximum
            long points = (long) perService * Math.min(services.size(), MAX_POINTS)
                    + (long) perThousandUsers * Math.min(users / 1000, RiskContribution.MAX_POINTS)
                    + byCriticality.getOrDefault(highest.get(), 0);
            String detail = services.size() + (services.size() == 1 ? " service" : " services") + " impacted"
                    + (services.isEmpty() ? "" : " (" + names(services) + ")")
                    + ", " + users + " users, highest criticality " + highest.get();
            return contribution(name(), detail, Math.min(points, RiskContribution.MAX_POINTS));
        }
    }

    private enum FlagKind {
        NO_BACKOUT,
        NO_TEST,
        OUTAGE,
        EMERGENCY
    }

    private record Flag(String name, int points, FlagKind kind) implements RiskFactor {
        @Override
        public RiskContribution assess(RiskContext context) {
            var change = Checks.notNull(context, "context").change();
            boolean applies = switch (kind) {
                case NO_BACKOUT -> change.backoutPlan().isEmpty();
                case NO_TEST -> change.testPlan().isEmpty();
                case OUTAGE -> change.outage();
                case EMERGENCY -> change.type() == ChangeType.EMERGENCY;
            };
            String detail = switch (kind) {
                case NO_BACKOUT -> applies ? "the change has no backout plan" : "a backout plan is given";
                case NO_TEST -> applies ? "the change has no test plan" : "a test plan is given";
                case OUTAGE -> applies ? "the change causes an outage" : "no outage";
                case EMERGENCY -> applies ? "an emergency change" : "a " + change.type() + " change";
            };
            return contribution(name, detail, applies ? points : 0);
        }
    }

    /** A factor about the planned window: a change not planned yet gets no points from it. */
    private interface WindowFactor extends RiskFactor {
        @Override
        default RiskContribution assess(RiskContext context) {
            Checks.notNull(context, "context");
            Optional<Window> window = context.change().plannedWindow();
            return window.isEmpty() ? contribution(name(), "no planned window yet", 0) : assess(context, window.get());
        }

        /** Assesses a change planned in {@code window}. */
        RiskContribution assess(RiskContext context, Window window);
    }

    private record BusinessHours(int points) implements WindowFactor {
        @Override
        public String name() {
            return "business hours";
        }

        @Override
        public RiskContribution assess(RiskContext context, Window window) {
            List<ConfigurationItem> disrupted = context.impactedServices().stream()
                    .filter(s -> {
                        BusinessCalendar hours = context.serviceHours().get(s.id());
                        return hours != null
                                && hours.workingTimeBetween(window.start(), window.end())
                                                .compareTo(Duration.ZERO)
                                        > 0;
                    })
                    .toList();
            return disrupted.isEmpty()
                    ? contribution(name(), "outside the business hours of the impacted services", 0)
                    : contribution(name(), "inside the business hours of " + names(disrupted), points);
        }
    }

    private record LeadTimeShortfall(LeadTime required, int points) implements WindowFactor {
        @Override
        public String name() {
            return "lead time";
        }

        @Override
        public RiskContribution assess(RiskContext context, Window window) {
            BusinessCalendar calendar = context.businessCalendar()
                    .orElseThrow(() -> new ValidationException(
                            "context.businessCalendar",
                            "required",
                            "none",
                            "the lead time factor counts business days on the business calendar"));
            Instant earliest = required.earliestStart(context.submittedAt(), calendar);
            boolean shortfall = window.start().isBefore(earliest);
            return contribution(
                    name(),
                    (shortfall ? "starts before " : "starts at or after ") + earliest + ", " + required
                            + " after submission",
                    shortfall ? points : 0);
        }
    }

    private record TrackRecordBelow(ChangeSuccessScore score, long threshold, int points) implements RiskFactor {
        @Override
        public String name() {
            return "track record";
        }

        @Override
        public RiskContribution assess(RiskContext context) {
            long s = score.scoreOf(Checks.notNull(context, "context").trackRecord());
            boolean below = s < threshold;
            return contribution(
                    name(),
                    "Change Success Score " + s + (below ? " is below " : " is not below ") + threshold,
                    below ? points : 0);
        }
    }
}
