package io.itsmkit.sla.experience;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.sla.ratio.Ratio;
import java.util.Optional;

/**
 * The score of an {@link ExperienceTarget} over one period's answers, and whether it met the target.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param target the target
 * @param score the exact score, empty when there were no answers
 */
public record ExperienceResult(ExperienceTarget target, Optional<Ratio> score) {

    /**
     * Validates the components.
     *
     * @throws ValidationException if a component is null
     * @param target see {@link #target()}
     * @param score see {@link #score()}
     */
    public ExperienceResult {
        Checks.notNull(target, "result.target");
        Checks.notNull(score, "result.score");
    }

    /**
     * Tells whether the score met the target.
     *
     * @return {@code true} if there is a score and it is at least the target's level
     */
    public boolean isMet() {
        return score.isPresent() && score.get().isAtLeast(target.atLeast());
    }

    /**
     * Tells whether the score fell short of the target.
     *
     * @return {@code true} if there is a score and it is below the target's level
     */
    public boolean isBreached() {
        return score.isPresent() && !score.get().isAtLeast(target.atLeast());
    }
}
