package io.itsmkit.core.priority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each preset, cell by cell, against the anchor's published table (vendor numbers). Sources: ServiceNow
 * base data lookup (ITIL), GLPI install/empty_data.php priority_matrix, iTop ComputePriority, Znuny
 * ITSMCore _CIPDefaultMatrixSet.
 */
class PriorityMatricesTest {

    @ParameterizedTest(name = "ITIL impact {0} x urgency {1} -> {2}")
    @CsvSource({
        "1,1,1", "1,2,2", "1,3,3",
        "2,1,2", "2,2,3", "2,3,4",
        "3,1,3", "3,2,4", "3,3,5"
    })
    void itil(int impact, int urgency, int priority) {
        check(PriorityMatrices.ITIL, impact, urgency, priority);
    }

    /** GLPI stores [urgency][impact]; this table is copied in that orientation. */
    @ParameterizedTest(name = "GLPI urgency {0} x impact {1} -> {2}")
    @CsvSource({
        "5,5,5", "5,4,5", "5,3,4", "5,2,3", "5,1,2",
        "4,5,5", "4,4,4", "4,3,4", "4,2,3", "4,1,2",
        "3,5,4", "3,4,4", "3,3,3", "3,2,2", "3,1,2",
        "2,5,3", "2,4,3", "2,3,2", "2,2,2", "2,1,1",
        "1,5,2", "1,4,2", "1,3,2", "1,2,1", "1,1,1"
    })
    void glpi(int urgency, int impact, int priority) {
        check(PriorityMatrices.GLPI, impact, urgency, priority);
    }

    @ParameterizedTest(name = "iTop urgency {0} x impact {1} -> {2}")
    @CsvSource({
        "1,1,1", "1,2,1", "1,3,2",
        "2,1,1", "2,2,2", "2,3,3",
        "3,1,2", "3,2,3", "3,3,3",
        "4,1,4", "4,2,4", "4,3,4"
    })
    void itop(int urgency, int impact, int priority) {
        check(PriorityMatrices.ITOP, impact, urgency, priority);
    }

    /** Znuny: rows impact, columns criticality (our urgency axis). */
    @ParameterizedTest(name = "Znuny impact {0} x criticality {1} -> {2}")
    @CsvSource({
        "5,5,5", "5,4,5", "5,3,4", "5,2,4", "5,1,3",
        "4,5,5", "4,4,4", "4,3,4", "4,2,3", "4,1,2",
        "3,5,4", "3,4,4", "3,3,3", "3,2,2", "3,1,2",
        "2,5,4", "2,4,3", "2,3,2", "2,2,2", "2,1,1",
        "1,5,3", "1,4,2", "1,3,2", "1,2,1", "1,1,1"
    })
    void znuny(int impact, int criticality, int priority) {
        check(PriorityMatrices.ZNUNY, impact, criticality, priority);
    }

    private static void check(PriorityMatrix m, int impact, int urgency, int priority) {
        assertEquals(
                priority,
                m.priorityOf(m.impacts().level(impact), m.urgencies().level(urgency))
                        .number());
    }

    @Test
    void labelsAndDirectionsFollowTheAnchors() {
        assertEquals("Critical", PriorityMatrices.ITIL.priorities().level(1).label());
        assertEquals("Planning", PriorityMatrices.ITIL.priorities().level(5).label());
        assertEquals("Major", PriorityMatrices.GLPI.priorities().level(6).label());
        assertEquals("Very low", PriorityMatrices.GLPI.priorities().level(1).label());
        assertEquals("A department", PriorityMatrices.ITOP.impacts().level(1).label());
        assertEquals("Low", PriorityMatrices.ITOP.urgencies().level(4).label());
        assertEquals("very high", PriorityMatrices.ZNUNY.priorities().level(5).label());
        assertEquals(
                SeverityDirection.ONE_IS_MOST_SEVERE,
                PriorityMatrices.ITIL.priorities().direction());
        assertEquals(
                SeverityDirection.HIGHEST_IS_MOST_SEVERE,
                PriorityMatrices.GLPI.priorities().direction());
    }

    @Test
    void glpiMajorIsOverrideOnlyAndInNoCell() {
        PriorityMatrix m = PriorityMatrices.GLPI;
        assertEquals(m, m.toBuilder().build());
        assertEquals(m.overrideOnly(), m.toBuilder().build().overrideOnly());
        Priority major = m.priorities().level(6);
        assertEquals(java.util.Set.of(major), m.overrideOnly());
        for (Impact i : m.impacts().levels()) {
            for (Urgency u : m.urgencies().levels()) {
                assertTrue(!m.priorityOf(i, u).equals(major));
            }
        }
    }

    @Test
    void itilGlpiAndZnunyAreCleanWhileItopHasItsKnownSmells() {
        assertEquals(List.of(), PriorityMatrices.ITIL.lints());
        assertEquals(List.of(), PriorityMatrices.GLPI.lints());
        assertEquals(List.of(), PriorityMatrices.ZNUNY.lints());
        List<MatrixLint> itop = PriorityMatrices.ITOP.lints();
        // 3 x 4 is not square, so no symmetry lint; for a department, urgency Medium -> Low jumps P2 -> P4.
        assertEquals(
                List.of("STEP_OVER_ONE cell[impact=1 - A department, urgency=3 - Medium]"),
                itop.stream().map(l -> l.rule() + " " + l.path()).toList());
    }
}
