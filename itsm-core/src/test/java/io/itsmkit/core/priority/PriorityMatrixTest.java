package io.itsmkit.core.priority;

import static io.itsmkit.core.priority.SeverityDirection.HIGHEST_IS_MOST_SEVERE;
import static io.itsmkit.core.priority.SeverityDirection.ONE_IS_MOST_SEVERE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityMatrixTest {
    private final Scale<Impact> impacts = Scale.impacts("i", ONE_IS_MOST_SEVERE, "High", "Low");
    private final Scale<Urgency> urgencies = Scale.urgencies("u", ONE_IS_MOST_SEVERE, "High", "Low");
    private final Scale<Priority> priorities = Scale.priorities("p", ONE_IS_MOST_SEVERE, "P1", "P2", "P3");

    private PriorityMatrix.Builder builder() {
        return PriorityMatrix.builder(impacts, urgencies, priorities);
    }

    @Test
    void emptyCellsAreEachReported() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> builder().row(impacts.level(1), 1, 2).build());
        assertEquals(
                List.of("cell[impact=2 - Low, urgency=1 - High]", "cell[impact=2 - Low, urgency=2 - Low]"),
                e.violations().stream().map(Violation::path).toList());
        assertTrue(e.violations().stream().allMatch(v -> v.rule().equals("total")));
    }

    @Test
    void breakInImpactNamesTheCellAndRule() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> builder()
                        .row(impacts.level(1), 2, 2)
                        .row(impacts.level(2), 1, 3)
                        .build());
        assertEquals(1, e.violations().size());
        Violation v = e.violations().get(0);
        assertEquals("cell[impact=1 - High, urgency=1 - High]", v.path());
        assertEquals("monotone-in-impact", v.rule());
        assertEquals("2 - P2", v.offendingValue());
        assertTrue(e.getMessage().contains("cell[impact=2 - Low, urgency=1 - High] = 1 - P1"), e.getMessage());
    }

    @Test
    void breakInUrgencyNamesTheCellAndRule() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> builder()
                        .row(impacts.level(1), 2, 1)
                        .row(impacts.level(2), 3, 3)
                        .build());
        assertEquals(
                List.of("monotone-in-urgency"),
                e.violations().stream().map(Violation::rule).toList());
        assertEquals(
                "cell[impact=1 - High, urgency=1 - High]", e.violations().get(0).path());
    }

    @Test
    void overrideOnlyPriorityCannotBeInACell() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> builder()
                        .row(impacts.level(1), 1, 2)
                        .row(impacts.level(2), 2, 3)
                        .overrideOnly(priorities.level(1))
                        .build());
        assertEquals("override-only", e.violations().get(0).rule());
        assertEquals(
                "cell[impact=1 - High, urgency=1 - High]", e.violations().get(0).path());
    }

    @Test
    void foreignLevelsAreRejectedWithTheirScale() {
        PriorityMatrix m = PriorityMatrices.ITIL;
        Impact foreign = PriorityMatrices.GLPI.impacts().level(5);
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> m.priorityOf(foreign, m.urgencies().level(1)));
        assertEquals("impact", e.violations().get(0).path());
        assertEquals("on-scale", e.violations().get(0).rule());
        assertThrows(ValidationException.class, () -> m.priorityOf(m.impacts().level(1), null));
        assertThrows(
                ValidationException.class,
                () -> m.priorityOf(null, m.urgencies().level(1)));
    }

    @Test
    void rowLengthMustMatchUrgencies() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> builder().row(impacts.level(1), 1, 2, 3));
        assertEquals("row-length", e.violations().get(0).rule());
    }

    @Test
    void withCellChangesOneCellAndRevalidates() {
        PriorityMatrix m = PriorityMatrices.ITIL;
        Impact high = m.impacts().level(1);
        Urgency low = m.urgencies().level(3);
        PriorityMatrix changed = m.withCell(high, low, m.priorities().level(2));
        assertEquals(2, changed.priorityOf(high, low).number());
        assertEquals(3, m.priorityOf(high, low).number());
        assertNotEquals(m, changed);
        assertEquals(m, m.toBuilder().build());
        assertEquals(m.hashCode(), m.toBuilder().build().hashCode());
        assertThrows(
                ValidationException.class,
                () -> m.withCell(high, low, m.priorities().level(5)));
    }

    @Test
    void lintsFindAsymmetryJumpsAndUnreachablePriorities() {
        PriorityMatrix m = builder()
                .row(impacts.level(1), 1, 1)
                .row(impacts.level(2), 3, 3)
                .build();
        assertEquals(
                List.of(
                        "ASYMMETRIC cell[impact=1 - High, urgency=2 - Low]",
                        "STEP_OVER_ONE cell[impact=1 - High, urgency=1 - High]",
                        "STEP_OVER_ONE cell[impact=1 - High, urgency=2 - Low]",
                        "UNREACHABLE_PRIORITY priority[2 - P2]"),
                m.lints().stream().map(l -> l.rule() + " " + l.path()).toList());
    }

    @Test
    void overrideOnlyLevelsAreNotUnreachable() {
        Scale<Priority> withMajor = Scale.priorities("p", HIGHEST_IS_MOST_SEVERE, "Major", "High", "Low");
        PriorityMatrix m = PriorityMatrix.builder(impacts, urgencies, withMajor)
                .row(impacts.level(1), 2, 2)
                .row(impacts.level(2), 2, 1)
                .overrideOnly(withMajor.level(3))
                .build();
        assertTrue(m.lints().stream().noneMatch(l -> l.rule() == MatrixLint.Rule.UNREACHABLE_PRIORITY));
        assertEquals("Major", m.overrideOnly().iterator().next().label());
    }

    @Test
    void toStringShowsRowsOfNumbers() {
        assertEquals("PriorityMatrix[1 2 3 / 2 3 4 / 3 4 5]", PriorityMatrices.ITIL.toString());
        assertFalse(PriorityMatrices.ITIL.equals(PriorityMatrices.ZNUNY));
        assertFalse(PriorityMatrices.ITIL.equals("x"));
    }

    @Test
    void nullScalesAreRejected() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> PriorityMatrix.builder(null, urgencies, priorities));
        assertEquals("impacts", e.violations().get(0).path());
        assertThrows(ValidationException.class, () -> PriorityMatrix.builder(impacts, null, priorities));
        assertThrows(ValidationException.class, () -> PriorityMatrix.builder(impacts, urgencies, null));
    }
}
