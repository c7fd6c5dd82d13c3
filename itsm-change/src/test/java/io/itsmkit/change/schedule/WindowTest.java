package io.itsmkit.change.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowTest {
    static final Instant T = Instant.parse("2026-03-02T22:00:00Z");

    static Window w(int fromMinutes, int toMinutes) {
        return new Window(T.plusSeconds(60L * fromMinutes), T.plusSeconds(60L * toMinutes));
    }

    @Test
    void halfOpen() {
        Window a = w(0, 60);
        assertTrue(a.contains(T));
        assertFalse(a.contains(T.plusSeconds(3600)));
        assertTrue(a.contains(T.plusSeconds(3599)));
        assertFalse(a.contains(T.minusNanos(1)));
        assertEquals(Duration.ofHours(1), a.length());
    }

    @Test
    void touchingWindowsDoNotOverlapButOverlappingOnesDo() {
        assertFalse(w(0, 60).overlaps(w(60, 120)));
        assertFalse(w(60, 120).overlaps(w(0, 60)));
        assertTrue(w(0, 61).overlaps(w(60, 120)));
        assertTrue(w(0, 120).overlaps(w(30, 40)));
        assertTrue(w(30, 40).overlaps(w(0, 120)));
        assertFalse(w(0, 10).overlaps(w(20, 30)));
        assertEquals(Optional.empty(), w(0, 60).intersection(w(60, 120)));
        assertEquals(Optional.of(w(60, 61)), w(0, 61).intersection(w(60, 120)));
        assertEquals(Optional.of(w(30, 40)), w(30, 40).intersection(w(0, 120)));
    }

    @Test
    void containment() {
        assertTrue(w(0, 60).contains(w(0, 60)));
        assertTrue(w(0, 60).contains(w(10, 50)));
        assertFalse(w(0, 60).contains(w(10, 61)));
        assertFalse(w(0, 60).contains(w(-1, 50)));
    }

    @Test
    void orderAndRendering() {
        assertTrue(w(0, 10).compareTo(w(1, 2)) < 0);
        assertTrue(w(0, 10).compareTo(w(0, 11)) < 0);
        assertEquals(0, w(0, 10).compareTo(w(0, 10)));
        assertEquals("[2026-03-02T22:00:00Z, 2026-03-02T23:00:00Z)", w(0, 60).toString());
        assertEquals(w(0, 90), Window.of(T, Duration.ofMinutes(90)));
    }

    @Test
    void badWindowsAreRefusedNamingTheField() {
        Violation empty = assertThrows(ValidationException.class, () -> new Window(T, T))
                .violations()
                .get(0);
        assertEquals("window.end", empty.path());
        assertEquals("end-after-start", empty.rule());
        assertEquals(
                "end-after-start",
                assertThrows(ValidationException.class, () -> new Window(T, T.minusSeconds(1)))
                        .violations()
                        .get(0)
                        .rule());
        assertEquals("window.start", rule(() -> new Window(null, T)).path());
        assertEquals("window.end", rule(() -> new Window(T, null)).path());
        Violation overflow = rule(() -> Window.of(Instant.MAX.minusSeconds(1), Duration.ofSeconds(Long.MAX_VALUE)));
        assertEquals("window.length", overflow.path());
        assertEquals("within-range", overflow.rule());
        assertEquals(
                "within-range",
                rule(() -> Window.of(Instant.MAX, Duration.ofNanos(1))).rule());
        assertEquals("positive", rule(() -> Window.of(T, Duration.ZERO)).rule());
        assertEquals(
                "positive", rule(() -> Window.of(T, Duration.ofSeconds(-1))).rule());
        assertEquals("other", rule(() -> w(0, 1).overlaps(null)).path());
        assertEquals("other", rule(() -> w(0, 1).contains((Window) null)).path());
        assertEquals("instant", rule(() -> w(0, 1).contains((Instant) null)).path());
        assertTrue(Window.of(Instant.MIN, Duration.ofSeconds(1)).contains(Instant.MIN));
    }

    static Violation rule(Runnable r) {
        return assertThrows(ValidationException.class, r::run).violations().get(0);
    }
}
