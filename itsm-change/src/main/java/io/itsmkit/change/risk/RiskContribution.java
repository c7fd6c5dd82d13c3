package io.itsmkit.change.risk;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.Optional;

/**
 * One line of a risk explanation: what contributed, why, and how much (points to the score, or a level).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param source what kind of thing contributed
 * @param name its name, e.g. the question or the rule
 * @param detail why, for people, e.g. {@code "answered 'complex' (4 points x weight 1)"}
 * @param points the points added to the score, from 0 to {@value #MAX_POINTS}; 0 for levels
 * @param level the level it sets, for bands, rules and the look-up; empty for points
 */
public record RiskContribution(Source source, String name, String detail, long points, Optional<RiskLevel> level) {
    /** The most points one contribution may add. */
    public static final long MAX_POINTS = 1_000_000_000L;

    /** What kind of thing contributed. */
    public enum Source {
        /** An answered question of the questionnaire: points. */
        QUESTION,
        /** A built-in or host factor: points. */
        FACTOR,
        /** The band the score falls in: a level. */
        BANDS,
        /** The first rule that matched: a level. */
        RULE,
        /** The impact x success-probability look-up: a level. */
        LOOKUP
    }

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null, the name or detail blank, the points out of range,
     *     or points and level do not suit the source
     * @param source see {@link #source()}
     * @param name see {@link #name()}
     * @param detail see {@link #detail()}
     * @param points see {@link #points()}
     * @param level see {@link #level()}
     */
    public RiskContribution {
        Checks.notNull(source, "contribution.source");
        Checks.notBlank(name, "contribution.name");
        Checks.notBlank(detail, "contribution.detail");
        Checks.notNull(level, "contribution.level");
        boolean scores = source == Source.QUESTION || source == Source.FACTOR;
        Checks.collector()
                .require(
                        points >= 0 && points <= MAX_POINTS,
                        "contribution.points",
                        "within-range",
                        points,
                        "must be from 0 to " + MAX_POINTS)
                .require(
                        scores ? level.isEmpty() : level.isPresent() && points == 0,
                        "contribution.level",
                        scores ? "points-only" : "level-only",
                        level.map(String::valueOf).orElse("none"),
                        scores
                                ? "a " + source + " adds points, not a level"
                                : "a " + source + " sets a level, not points")
                .throwIfAny();
    }

    /**
     * A contribution of points.
     *
     * @param source {@link Source#QUESTION} or {@link Source#FACTOR}
     * @param name what contributed
     * @param detail why
     * @param points from 0 to {@value #MAX_POINTS}
     * @return the contribution
     * @throws ValidationException if the arguments do not make a points contribution
     */
    public static RiskContribution points(Source source, String name, String detail, long points) {
        return new RiskContribution(source, name, detail, points, Optional.empty());
    }

    /**
     * A contribution of a level.
     *
     * @param source {@link Source#BANDS}, {@link Source#RULE} or {@link Source#LOOKUP}
     * @param name what contributed
     * @param detail why
     * @param level the level
     * @return the contribution
     * @throws ValidationException if the arguments do not make a level contribution
     */
    public static RiskContribution level(Source source, String name, String detail, RiskLevel level) {
        return new RiskContribution(source, name, detail, 0, Optional.of(Checks.notNull(level, "contribution.level")));
    }

    /**
     * Renders the line.
     *
     * @return e.g. {@code "FACTOR outage: the change causes an outage: +10"} or
     *     {@code "RULE Critical service affected: touches Payroll (MISSION_CRITICAL): HIGH"}
     */
    @Override
    public String toString() {
        return source + " " + name + ": " + detail + ": "
                + level.map(String::valueOf).orElse("+" + points);
    }
}
