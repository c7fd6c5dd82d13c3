package io.itsmkit.change.risk;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One question of a risk {@link Questionnaire}: its answers carry points, and the question a weight; an
 * answered question adds {@code points x weight} to the score.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param id the question's identifier, unique in its questionnaire, not blank
 * @param text the question, not blank
 * @param weight from 0 to {@value #MAX_WEIGHT}
 * @param answers the possible answers, at least one, with distinct identifiers
 */
public record Question(String id, String text, int weight, List<Answer> answers) {
    /** The largest weight accepted. */
    public static final int MAX_WEIGHT = 1_000;

    /**
     * One possible answer.
     *
     * @param id the answer's identifier, unique in its question, not blank
     * @param label the answer as shown, not blank
     * @param points from 0 to {@value #MAX_POINTS}
     */
    public record Answer(String id, String label, int points) {
        /** The most points an answer may carry. */
        public static final int MAX_POINTS = 100_000;

        /**
         * Validates the components.
         *
         * @throws ValidationException if a text is null or blank or the points out of range
         * @param id see {@link #id()}
         * @param label see {@link #label()}
         * @param points see {@link #points()}
         */
        public Answer {
            Checks.notBlank(id, "answer.id");
            Checks.notBlank(label, "answer.label");
            if (points < 0 || points > MAX_POINTS) {
                throw new ValidationException(
                        "answer.points", "within-range", points, "must be from 0 to " + MAX_POINTS);
            }
        }
    }

    /**
     * Validates and copies the components.
     *
     * @throws ValidationException if a component is null, a text blank, the weight out of range, no answer is
     *     given or two answers share an identifier
     * @param id see {@link #id()}
     * @param text see {@link #text()}
     * @param weight see {@link #weight()}
     * @param answers see {@link #answers()}
     */
    public Question {
        Checks.notBlank(id, "question.id");
        Checks.notBlank(text, "question.text");
        if (weight < 0 || weight > MAX_WEIGHT) {
            throw new ValidationException("question.weight", "within-range", weight, "must be from 0 to " + MAX_WEIGHT);
        }
        Checks.notNull(answers, "question.answers");
        if (answers.isEmpty()) {
            throw new ValidationException("question.answers", "not-empty", id, "a question needs at least one answer");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = Checks.notNull(answers.get(i), "question.answers[" + i + "]");
            if (!seen.add(a.id())) {
                throw new ValidationException(
                        "question[" + id + "].answers[" + i + "]", "unique-id", a.id(), "another answer has this id");
            }
        }
        answers = List.copyOf(answers);
    }

    /**
     * Finds an answer by identifier.
     *
     * @param answerId an answer's identifier
     * @return the answer, or empty if the question has none with that identifier
     */
    public Optional<Answer> answer(String answerId) {
        Checks.notNull(answerId, "answerId");
        return answers.stream().filter(a -> a.id().equals(answerId)).findFirst();
    }
}
