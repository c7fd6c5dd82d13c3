package io.itsmkit.change.approval;

import io.itsmkit.change.leadtime.LeadTime;
import io.itsmkit.change.risk.RiskLevel;
import io.itsmkit.core.calendar.BusinessCalendar;
import io.itsmkit.core.error.Checks;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Lead time per risk level: how many business days before its start a change of each level must be submitted.
 *
 * <p>Guarantees: the policy is total and monotone (a higher level never needs less lead time), checked on
 * construction.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param leadTimes the lead time of each level
 */
public record LeadTimePolicy(Map<RiskLevel, LeadTime> leadTimes) {
    /**
     * Stanford University IT (Change Management, "Change lead times"): very high 10 business days, high 5,
     * moderate 1, low none.
     */
    public static final LeadTimePolicy STANFORD = new LeadTimePolicy(Map.of(
            RiskLevel.VERY_HIGH, LeadTime.ofBusinessDays(10),
            RiskLevel.HIGH, LeadTime.ofBusinessDays(5),
            RiskLevel.MODERATE, LeadTime.ofBusinessDays(1),
            RiskLevel.LOW, LeadTime.NONE));

    /**
     * Validates and copies the lead times.
     *
     * @throws io.itsmkit.core.error.ValidationException if the map is null or holds null, a level has no lead
     *     time (rule {@code total}), or a level needs less than the one below it (rule {@code monotone})
     * @param leadTimes see {@link #leadTimes()}
     */
    public LeadTimePolicy {
        Checks.notNull(leadTimes, "leadTimes");
        Map<RiskLevel, LeadTime> copy = new EnumMap<>(RiskLevel.class);
        leadTimes.forEach(
                (k, v) -> copy.put(Checks.notNull(k, "leadTimes.level"), Checks.notNull(v, "leadTimes[" + k + "]")));
        Checks.Collector problems = Checks.collector();
        @Nullable LeadTime below = null;
        for (RiskLevel l : RiskLevel.values()) {
            @Nullable LeadTime t = copy.get(l);
            problems.require(t != null, "leadTimes[" + l + "]", "total", "none", "every level needs a lead time");
            if (t != null && below != null) {
                problems.require(
                        t.businessDays() >= below.businessDays(),
                        "leadTimes[" + l + "]",
                        "monotone",
                        t,
                        "must not be shorter than the level below (" + below + ")");
            }
            below = t != null ? t : below;
        }
        problems.throwIfAny();
        leadTimes = Map.copyOf(copy);
    }

    /**
     * Returns the lead time of a level.
     *
     * @param level a risk level
     * @return its lead time
     * @throws io.itsmkit.core.error.ValidationException if the level is null
     */
    public LeadTime leadTime(RiskLevel level) {
        return Objects.requireNonNull(leadTimes.get(Checks.notNull(level, "level")), "the policy is total");
    }

    /**
     * Returns the earliest start of a change of a level submitted at an instant.
     *
     * @param level the change's risk level
     * @param submittedAt when it was submitted
     * @param calendar the business calendar
     * @return the earliest start the level's lead time allows
     * @throws io.itsmkit.core.error.ValidationException if an argument is null or the instant outside the
     *     calendar's horizon
     */
    public Instant earliestStart(RiskLevel level, Instant submittedAt, BusinessCalendar calendar) {
        return leadTime(level).earliestStart(submittedAt, calendar);
    }
}
