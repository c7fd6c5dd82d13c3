package io.itsmkit.sla.experience;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.sla.ratio.Ratio;
import java.util.List;

/**
 * A target of an experience level agreement: a measure whose score must be at least a level, e.g. CSAT at
 * least 4/5 (80%) or NPS at least 3/10 (+30 points).
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param name the target's name, not blank
 * @param measure the measure
 * @param atLeast the lowest score that meets the target
 */
public record ExperienceTarget(String name, ExperienceMeasure measure, Ratio atLeast) {

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null or the name blank
     * @param name see {@link #name()}
     * @param measure see {@link #measure()}
     * @param atLeast see {@link #atLeast()}
     */
    public ExperienceTarget {
        Checks.notBlank(name, "target.name");
        Checks.notNull(measure, "target.measure");
        Checks.notNull(atLeast, "target.atLeast");
    }

    /**
     * Scores the answers of one period and tells whether the target is met.
     *
     * @param answers the answers, each on the measure's scale
     * @return the result: met, breached, or undefined with no answers
     * @throws ValidationException if the answers are null, hold null or an answer is off the scale
     */
    public ExperienceResult evaluate(List<Integer> answers) {
        return new ExperienceResult(this, measure.score(answers));
    }
}
