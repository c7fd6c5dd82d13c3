package io.itsmkit.core.priority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.id.ActorId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PriorityDecisionTest {
    private static final PriorityMatrix GLPI = PriorityMatrices.GLPI;
    private static final Instant AT = Instant.parse("2026-05-04T10:15:30Z");

    @Test
    void derivedDecisionExplainsTheCell() {
        PriorityDecision d = PriorityDecision.derive(
                GLPI, GLPI.impacts().level(5), GLPI.urgencies().level(3));
        assertEquals(4, d.priority().number());
        assertFalse(d.isOverridden());
        assertEquals("priority 4 - High from matrix cell impact 5 - Very high x urgency 3 - Medium", d.explanation());
    }

    @Test
    void majorIsSetByAnAuditedOverride() {
        PriorityDecision d = PriorityDecision.derive(
                GLPI, GLPI.impacts().level(5), GLPI.urgencies().level(5));
        PriorityDecision major = d.withOverride(
                PriorityOverride.of(GLPI.priorities().level(6), "payroll down", ActorId.of("alice"), AT));
        assertTrue(major.isOverridden());
        assertEquals("Major", major.priority().label());
        assertEquals(5, major.matrixPriority().number());
        assertEquals(
                "priority 6 - Major by override of alice at 2026-05-04T10:15:30Z (reason: payroll down); "
                        + "matrix cell impact 5 - Very high x urgency 5 - Very high gives 5 - Very high",
                major.explanation());
    }

    @Test
    void recomputeOnAnyInputChangeDropsTheOverride() {
        PriorityDecision major = PriorityDecision.derive(
                        GLPI, GLPI.impacts().level(5), GLPI.urgencies().level(5))
                .withOverride(PriorityOverride.of(GLPI.priorities().level(6), "x", ActorId.of("a"), AT));
        PriorityDecision byImpact =
                major.recompute(GLPI.impacts().level(1), GLPI.urgencies().level(5));
        assertFalse(byImpact.isOverridden());
        assertEquals(2, byImpact.priority().number());
        PriorityDecision byUrgency =
                major.recompute(GLPI.impacts().level(5), GLPI.urgencies().level(1));
        assertEquals(2, byUrgency.priority().number());
    }

    @Test
    void overrideMustBeOnTheMatrixScaleAndReasoned() {
        PriorityDecision d = PriorityDecision.derive(
                GLPI, GLPI.impacts().level(5), GLPI.urgencies().level(5));
        Priority foreign = PriorityMatrices.ITIL.priorities().level(1);
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> d.withOverride(PriorityOverride.of(foreign, "x", ActorId.of("a"), AT)));
        assertEquals("override.priority", e.violations().get(0).path());
        ValidationException blank = assertThrows(
                ValidationException.class,
                () -> PriorityOverride.of(GLPI.priorities().level(6), "  ", ActorId.of("a"), AT));
        assertEquals("override.reason", blank.violations().get(0).path());
        assertThrows(ValidationException.class, () -> d.withOverride(null));
        assertThrows(
                ValidationException.class,
                () -> PriorityDecision.derive(
                        null, GLPI.impacts().level(1), GLPI.urgencies().level(1)));
    }
}
