package io.itsmkit.sla.experience;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.sla.ratio.Ratio;
import java.util.List;
import java.util.Optional;

/**
 * The survey measures of experience level agreements, each with its answer scale and exact definition.
 *
 * <ul>
 *   <li>{@link #CSAT}: customer satisfaction, answers 1 to 5; the score is the share of 4 and 5 answers
 *       (satisfied and very satisfied) among all answers, from 0 to 1.
 *   <li>{@link #NPS}: net promoter score, answers 0 to 10; the score is the share of promoters (9 and 10)
 *       minus the share of detractors (0 to 6), from -1 to 1 (NPS points are this times 100).
 *   <li>{@link #EFFORT}: customer effort score, answers 1 ("strongly disagree") to 7 ("strongly agree") to
 *       "the service made it easy to handle my request"; the score is the mean answer, from 1 to 7, higher
 *       meaning less effort.
 * </ul>
 *
 * <p>Every score is undefined (empty) with no answers, and an answer outside the scale is an error, never
 * ignored.
 */
public enum ExperienceMeasure {
    /** Customer satisfaction: share of 4-5 answers on 1..5. */
    CSAT(1, 5),
    /** Net promoter score: share of 9-10 minus share of 0-6 on 0..10. */
    NPS(0, 10),
    /** Customer effort score: mean answer on 1..7. */
    EFFORT(1, 7);

    private final int lowest;
    private final int highest;

    ExperienceMeasure(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    /**
     * Returns the lowest answer of the scale.
     *
     * @return the lowest answer
     */
    public int lowest() {
        return lowest;
    }

    /**
     * Returns the highest answer of the scale.
     *
     * @return the highest answer
     */
    public int highest() {
        return highest;
    }

    /**
     * Scores a set of answers exactly.
     *
     * @param answers the answers, each on this measure's scale
     * @return the score, or empty when there are no answers
     * @throws ValidationException if the list is null or holds null (rule {@code "required"}), or an answer
     *     is off the scale (rule {@code "on-scale"}, path {@code answers[i]})
     */
    public Optional<Ratio> score(List<Integer> answers) {
        Checks.notNull(answers, "answers");
        long n = 0;
        long sum = 0;
        long top = 0;
        long bottom = 0;
        for (Integer boxed : answers) {
            int a = Checks.notNull(boxed, "answers[" + n + "]");
            if (a < lowest || a > highest) {
                throw new ValidationException(
                        "answers[" + n + "]",
                        "on-scale",
                        a,
                        "must be from " + lowest + " to " + highest + " for " + this);
            }
            n++;
            sum += a;
            if (this == CSAT ? a >= 4 : a >= 9) {
                top++;
            }
            if (a <= 6) {
                bottom++;
            }
        }
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of(
                switch (this) {
                    case CSAT -> Ratio.of(top, n);
                    case NPS -> Ratio.of(top - bottom, n);
                    case EFFORT -> Ratio.of(sum, n);
                });
    }
}
