package io.itsmkit.change.risk;

import static io.itsmkit.change.risk.RiskBandsTest.rule;
import static io.itsmkit.change.risk.RiskBandsTest.violation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionnaireTest {

    private static Map<String, String> osu(
            String experience, String complexity, String disruption, String testing, String backout) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("experience", experience);
        m.put("complexity", complexity);
        m.put("disruption", disruption);
        m.put("testing", testing);
        m.put("backout", backout);
        return m;
    }

    /** OSU risk assessment questions: each answer scores 1, 2 or 4; the sum of 5 to 20 is high from 8. */
    @ParameterizedTest(name = "{0} {1} {2} {3} {4} -> {5} {6}")
    @CsvSource({
        "1, 1, 1, 1, 1, 5, LOW",
        "2, 2, 1, 1, 1, 7, LOW",
        "4, 1, 1, 1, 1, 8, HIGH",
        "2, 2, 2, 1, 1, 8, HIGH",
        "4, 4, 4, 4, 4, 20, HIGH"
    })
    void ohioStateModel(String e, String c, String d, String t, String b, long score, RiskLevel level) {
        List<RiskContribution> lines = Questionnaire.OSU.score(osu(e, c, d, t, b));
        assertEquals(5, lines.size());
        assertEquals(score, lines.stream().mapToLong(RiskContribution::points).sum());
        assertEquals(level, RiskBands.OSU.bandOf(score).level());
    }

    /**
     * OSU's table, answer by answer (it.osu.edu, "Risk Assessment Questions"): experience baseline (done
     * regularly 1, rarely 2, never 4); complexity (simple 1, moderate 2, complex with many dependencies 4);
     * disruption (none 1, a non-critical function 2, a critical business function 4); ability to test (fully 1,
     * limited 2, none 4); ability to back out (no extra impact 1, through a system restore 2, impossible 4).
     * Every question has weight 1.
     */
    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "experience, regularly, 1",
        "experience, rarely, 2",
        "experience, never, 4",
        "complexity, simple, 1",
        "complexity, moderate, 2",
        "complexity, 'complex, with many dependencies', 4",
        "disruption, nothing, 1",
        "disruption, a non-critical function, 2",
        "disruption, a critical business function, 4",
        "testing, fully, 1",
        "testing, limited, 2",
        "testing, not at all, 4",
        "backout, 'yes, with no extra impact', 1",
        "backout, through a system restore, 2",
        "backout, impossible, 4"
    })
    void theOhioStateTableAnswerByAnswer(String question, String answer, int points) {
        Question q = Questionnaire.OSU.questions().stream()
                .filter(x -> x.id().equals(question))
                .findFirst()
                .orElseThrow();
        assertEquals(1, q.weight());
        assertEquals(3, q.answers().size());
        Question.Answer a = q.answers().stream()
                .filter(x -> x.label().equals(answer))
                .findFirst()
                .orElseThrow();
        assertEquals(points, a.points());
        assertEquals(5, Questionnaire.OSU.questions().size());
    }

    @Test
    void eachQuestionContributesPointsTimesWeight() {
        Questionnaire q = new Questionnaire(
                "custom",
                List.of(new Question(
                        "users",
                        "How many users?",
                        3,
                        List.of(
                                new Question.Answer("few", "under 50", 1),
                                new Question.Answer("many", "over 200", 5)))));
        assertEquals(
                List.of(RiskContribution.points(
                        RiskContribution.Source.QUESTION, "users", "answered 'over 200' (5 x weight 3)", 15)),
                q.score(Map.of("users", "many")));
        assertEquals(
                Optional.of(new Question.Answer("few", "under 50", 1)),
                q.questions().get(0).answer("few"));
        assertEquals(Optional.empty(), q.questions().get(0).answer("none"));
    }

    @Test
    void everyMissingUnknownOrWrongAnswerIsReportedAtOnce() {
        Map<String, String> answers = osu("1", "9", "1", "1", "1");
        answers.remove("testing");
        answers.put("colour", "blue");
        List<Violation> v = assertThrows(ValidationException.class, () -> Questionnaire.OSU.score(answers))
                .violations();
        assertEquals(
                List.of("answers[complexity]", "answers[testing]", "answers[colour]"),
                v.stream().map(Violation::path).toList());
        assertEquals(
                List.of("known-answer", "answered", "known-question"),
                v.stream().map(Violation::rule).toList());
    }

    @Test
    void badQuestionnaires() {
        Question.Answer a = new Question.Answer("a", "A", 1);
        assertEquals("within-range", rule(() -> new Question.Answer("a", "A", -1)));
        assertEquals("within-range", rule(() -> new Question.Answer("a", "A", Question.Answer.MAX_POINTS + 1)));
        assertEquals("within-range", rule(() -> new Question("q", "Q?", -1, List.of(a))));
        assertEquals("within-range", rule(() -> new Question("q", "Q?", Question.MAX_WEIGHT + 1, List.of(a))));
        assertEquals("not-empty", rule(() -> new Question("q", "Q?", 1, List.of())));
        assertEquals("unique-id", rule(() -> new Question("q", "Q?", 1, List.of(a, a))));
        assertEquals(
                "question.answers[1]",
                violation(() -> new Question("q", "Q?", 1, Arrays.asList(a, null)))
                        .path());
        assertEquals(Question.MAX_WEIGHT, new Question("q", "Q?", Question.MAX_WEIGHT, List.of(a)).weight());
        assertEquals(0, new Question("q", "Q?", 0, List.of(new Question.Answer("a", "A", 0))).weight());
        assertEquals(Question.Answer.MAX_POINTS, new Question.Answer("a", "A", Question.Answer.MAX_POINTS).points());
        Question q = new Question("q", "Q?", 1, List.of(a));
        assertEquals("not-empty", rule(() -> new Questionnaire("n", List.of())));
        assertEquals("unique-id", rule(() -> new Questionnaire("n", List.of(q, q))));
        assertEquals(
                "questionnaire.name",
                violation(() -> new Questionnaire(" ", List.of(q))).path());
        assertEquals("answers", violation(() -> Questionnaire.OSU.score(null)).path());
        assertEquals("answerId", violation(() -> q.answer(null)).path());
    }
}
