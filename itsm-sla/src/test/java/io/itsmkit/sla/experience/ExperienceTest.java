package io.itsmkit.sla.experience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.sla.ratio.Ratio;
import io.itsmkit.sla.report.Attainment;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExperienceTest {

    private static List<Integer> answers(String csv) {
        return csv.isBlank()
                ? List.of()
                : Arrays.stream(csv.split(" ")).map(Integer::valueOf).toList();
    }

    // CSAT: share of 4 and 5 on 1..5; NPS: % of 9-10 minus % of 0-6 on 0..10; effort: mean on 1..7.
    @ParameterizedTest
    @CsvSource({
        "CSAT,   5 4 3 2 1,          2, 5",
        "CSAT,   5 5 4 4,            4, 4",
        "NPS,    10 9 8 7 6 0,       0, 6",
        "NPS,    10 10 9 6,          2, 4",
        "NPS,    0 1 2 3 4 5 6 7,   -7, 8",
        "EFFORT, 7 6 5 1,           19, 4"
    })
    void scoresFollowTheStandardDefinitions(ExperienceMeasure m, String answers, long num, long den) {
        assertEquals(Optional.of(Ratio.of(num, den)), m.score(answers(answers)));
    }

    @Test
    void undefinedWithoutAnswersAndOffScaleIsAnError() {
        for (ExperienceMeasure m : ExperienceMeasure.values()) {
            assertEquals(Optional.empty(), m.score(List.of()));
            ValidationException low =
                    assertThrows(ValidationException.class, () -> m.score(List.of(m.highest(), m.lowest() - 1)));
            assertEquals("answers[1]", low.violations().get(0).path());
            assertEquals("on-scale", low.violations().get(0).rule());
            assertThrows(ValidationException.class, () -> m.score(List.of(m.highest() + 1)));
            assertThrows(ValidationException.class, () -> m.score(Arrays.asList(m.lowest(), null)));
        }
    }

    @Test
    void targetsAreMetBreachedOrUndefinedAndCountInAttainment() {
        ExperienceTarget csat = new ExperienceTarget("CSAT 80%", ExperienceMeasure.CSAT, Ratio.of(4, 5));
        ExperienceResult met = csat.evaluate(answers("5 5 4 4 3"));
        ExperienceResult missed = csat.evaluate(answers("5 4 3 2"));
        ExperienceResult none = csat.evaluate(List.of());
        assertTrue(met.isMet());
        assertFalse(met.isBreached());
        assertTrue(missed.isBreached());
        assertFalse(none.isMet() || none.isBreached());
        assertEquals(new Attainment(1, 1), Attainment.ofExperience(List.of(met, missed, none)));
    }
}
