package io.itsmkit.change.schedule;

import static io.itsmkit.change.schedule.WindowTest.T;
import static io.itsmkit.change.schedule.WindowTest.rule;
import static io.itsmkit.change.schedule.WindowTest.w;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowsTest {

    @Test
    void touchingAndOverlappingWindowsMerge() {
        Windows s = Windows.of(List.of(w(60, 120), w(0, 60), w(200, 260), w(230, 240), w(250, 300)));
        assertEquals(List.of(w(0, 120), w(200, 300)), s.windows());
        assertEquals("[" + w(0, 120) + ", " + w(200, 300) + "]", s.toString());
    }

    @Test
    void aChangeAcrossTwoTouchingMaintenanceWindowsIsInside() {
        Windows maintenance = Windows.of(List.of(w(0, 120), w(120, 240)));
        assertTrue(maintenance.contains(w(60, 180)));
        assertTrue(maintenance.contains(w(0, 240)));
        assertFalse(maintenance.contains(w(0, 241)));
        Windows gap = Windows.of(List.of(w(0, 120), w(121, 240)));
        assertFalse(gap.contains(w(60, 180)));
        assertEquals(List.of(w(120, 121)), gap.uncovered(w(60, 180)));
    }

    @Test
    void lookUps() {
        Windows s = Windows.of(List.of(w(0, 60), w(120, 180), w(240, 300)));
        assertEquals(Optional.of(w(120, 180)), s.containing(T.plusSeconds(120 * 60)));
        assertEquals(Optional.empty(), s.containing(T.plusSeconds(60 * 60)));
        assertEquals(Optional.empty(), s.containing(T.minusSeconds(1)));
        assertEquals(List.of(w(0, 60), w(120, 180)), s.overlapping(w(30, 121)));
        assertEquals(List.of(), s.overlapping(w(60, 120)));
        assertEquals(List.of(w(240, 300)), s.overlapping(w(200, 1000)));
        assertEquals(List.of(w(60, 120), w(180, 200)), s.uncovered(w(30, 200)));
        assertEquals(List.of(w(300, 310)), s.uncovered(w(250, 310)));
        assertEquals(List.of(w(-10, 0)), s.uncovered(w(-10, 30)));
        assertEquals(List.of(), s.uncovered(w(0, 60)));
        assertEquals(Optional.of(T.plusSeconds(120 * 60)), s.nextStartAfter(T));
        assertEquals(Optional.of(T), s.nextStartAfter(T.minusSeconds(1)));
        assertEquals(Optional.of(T.plusSeconds(240 * 60)), s.nextStartAfter(T.plusSeconds(120 * 60)));
        assertEquals(Optional.empty(), s.nextStartAfter(T.plusSeconds(240 * 60)));
    }

    @Test
    void emptyAndEquality() {
        assertSame(Windows.empty(), Windows.of(List.of()));
        assertTrue(Windows.empty().isEmpty());
        assertFalse(Windows.empty().contains(w(0, 1)));
        assertEquals(List.of(w(0, 1)), Windows.empty().uncovered(w(0, 1)));
        assertEquals(Windows.of(List.of(w(0, 60), w(60, 90))), Windows.of(List.of(w(0, 90))));
        assertEquals(
                Windows.of(List.of(w(0, 90))).hashCode(),
                Windows.of(List.of(w(0, 60), w(60, 90))).hashCode());
        assertNotEquals(Windows.of(List.of(w(0, 90))), Windows.of(List.of(w(0, 91))));
        assertFalse(Windows.of(List.of(w(0, 90))).isEmpty());
    }

    @Test
    void badInput() {
        assertEquals("windows", rule(() -> Windows.of(null)).path());
        assertEquals(
                "windows[1]",
                rule(() -> Windows.of(Arrays.asList(w(0, 1), null))).path());
        assertEquals("window", rule(() -> Windows.empty().contains(null)).path());
        assertEquals("window", rule(() -> Windows.empty().overlapping(null)).path());
        assertEquals("instant", rule(() -> Windows.empty().containing(null)).path());
        assertEquals("instant", rule(() -> Windows.empty().nextStartAfter(null)).path());
    }
}
