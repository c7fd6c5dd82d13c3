package io.itsmkit.change.risk;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of a risk assessment: the score, the level, and every contribution that produced them, so a CAB
 * member sees why.
 *
 * <p>Guarantees (checked on construction): the score is the sum of the contributions' points, and the level is
 * the highest level any contribution sets.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param score the risk score, zero or more
 * @param level the risk level
 * @param explanation the contributions: questions and factors (points), then bands, rule and look-up (levels)
 */
public record RiskAssessment(long score, RiskLevel level, List<RiskContribution> explanation) {
    /**
     * Validates that score and level follow from the explanation.
     *
     * @throws ValidationException if a component is null, the list holds null, the score is not the sum of
     *     the points, or the level is not the highest level set
     * @param score see {@link #score()}
     * @param level see {@link #level()}
     * @param explanation see {@link #explanation()}
     */
    public RiskAssessment {
        Checks.notNull(level, "assessment.level");
        Checks.notNull(explanation, "assessment.explanation");
        long sum = 0;
        Optional<RiskLevel> highest = Optional.empty();
        for (int i = 0; i < explanation.size(); i++) {
            RiskContribution c = Checks.notNull(explanation.get(i), "assessment.explanation[" + i + "]");
            sum += c.points();
            highest = c.level().isEmpty()
                    ? highest
                    : Optional.of(
                            highest.map(c.level().get()::max).orElse(c.level().get()));
        }
        Checks.collector()
                .require(
                        score == sum,
                        "assessment.score",
                        "sum-of-points",
                        score,
                        "must be the sum of the points, " + sum)
                .require(
                        highest.map(level::equals).orElse(false),
                        "assessment.level",
                        "highest-level",
                        level,
                        "must be the highest level set, "
                                + highest.map(String::valueOf).orElse("none"))
                .throwIfAny();
        explanation = List.copyOf(explanation);
    }

    /**
     * Renders the assessment for people, one contribution per line.
     *
     * @return e.g. {@code "HIGH (score 23)\n  FACTOR outage: the change causes an outage: +10\n  ..."}
     */
    public String explain() {
        return level + " (score " + score + ")"
                + explanation.stream().map(c -> "\n  " + c).collect(Collectors.joining());
    }
}
