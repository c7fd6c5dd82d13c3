package io.itsmkit.change.risk;

import io.itsmkit.core.error.Checks;
import io.itsmkit.core.error.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A weighted risk questionnaire (ServiceNow's Risk Assessment: {@code score = sum(answer value x weight)}):
 * every question must be answered, and each adds its answer's points times its weight.
 *
 * <p>Implementation Requirements: immutable and thread-safe.
 *
 * @param name the questionnaire's name, not blank
 * @param questions the questions, at least one, with distinct identifiers
 */
public record Questionnaire(String name, List<Question> questions) {

    /**
     * Ohio State University's five questions (OSU Change Management, "Risk Assessment Questions"), each
     * answered 1, 2 or 4 points with weight 1, for a score from 5 to 20; use with {@link RiskBands#OSU}.
     */
    public static final Questionnaire OSU = new Questionnaire(
            "Ohio State University change risk",
            List.of(
                    osu("experience", "How often has this change been done before?", "regularly", "rarely", "never"),
                    osu(
                            "complexity",
                            "How complex is the change?",
                            "simple",
                            "moderate",
                            "complex, with many dependencies"),
                    osu(
                            "disruption",
                            "What does the change disrupt?",
                            "nothing",
                            "a non-critical function",
                            "a critical business function"),
                    osu("testing", "Can the change be tested?", "fully", "limited", "not at all"),
                    osu(
                            "backout",
                            "Can the change be backed out?",
                            "yes, with no extra impact",
                            "through a system restore",
                            "impossible")));

    private static Question osu(String id, String text, String one, String two, String four) {
        return new Question(
                id,
                text,
                1,
                List.of(
                        new Question.Answer("1", one, 1),
                        new Question.Answer("2", two, 2),
                        new Question.Answer("4", four, 4)));
    }

    /**
     * Validates and copies the components.
     *
     * @throws ValidationException if a component is null, the name blank, no question is given or two
     *     questions share an identifier
     * @param name see {@link #name()}
     * @param questions see {@link #questions()}
     */
    public Questionnaire {
        Checks.notBlank(name, "questionnaire.name");
        Checks.notNull(questions, "questionnaire.questions");
        if (questions.isEmpty()) {
            throw new ValidationException("questionnaire.questions", "not-empty", name, "needs at least one question");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = Checks.notNull(questions.get(i), "questionnaire.questions[" + i + "]");
            if (!seen.add(q.id())) {
                throw new ValidationException(
                        "questionnaire.questions[" + i + "]", "unique-id", q.id(), "another question has this id");
            }
        }
        questions = List.copyOf(questions);
    }

    /**
     * Scores a set of answers: one contribution per question, in order.
     *
     * @param answers the answer identifier for each question identifier
     * @return the contributions; their points sum to the questionnaire's score
     * @throws ValidationException listing every unanswered question, unknown question and unknown answer
     */
    public List<RiskContribution> score(Map<String, String> answers) {
        Checks.notNull(answers, "answers");
        Checks.Collector problems = Checks.collector();
        Set<String> known = new HashSet<>();
        List<RiskContribution> out = new ArrayList<>();
        for (Question q : questions) {
            known.add(q.id());
            String given = answers.get(q.id());
            if (given == null) {
                problems.require(false, "answers[" + q.id() + "]", "answered", "none", "must be answered: " + q.text());
                continue;
            }
            q.answer(given)
                    .ifPresentOrElse(
                            a -> out.add(RiskContribution.points(
                                    RiskContribution.Source.QUESTION,
                                    q.id(),
                                    "answered '" + a.label() + "' (" + a.points() + " x weight " + q.weight() + ")",
                                    (long) a.points() * q.weight())),
                            () -> problems.require(
                                    false,
                                    "answers[" + q.id() + "]",
                                    "known-answer",
                                    given,
                                    "is not an answer of: " + q.text()));
        }
        answers.keySet()
                .forEach(k -> problems.require(
                        known.contains(k), "answers[" + k + "]", "known-question", k, "is not a question of " + name));
        problems.throwIfAny();
        return out;
    }
}
