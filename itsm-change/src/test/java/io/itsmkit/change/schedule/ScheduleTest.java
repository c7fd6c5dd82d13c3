package io.itsmkit.change.schedule;

import static io.itsmkit.change.schedule.WindowTest.rule;
import static io.itsmkit.change.schedule.WindowTest.w;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.core.cmdb.ConfigurationItemId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final ConfigurationItemId DB = ConfigurationItemId.of("db");
    private static final ConfigurationItemId WEB = ConfigurationItemId.of("web");

    @Test
    void recurringAndOneOffWindowsUnite() {
        // 2026-03-02 is a Monday; the fixture's T is 22:00Z that day
        RecurringWindow mondayNight = new RecurringWindow(
                Recurrence.weekly(DayOfWeek.MONDAY), LocalTime.of(22, 0), Duration.ofHours(2), ZoneId.of("UTC"));
        Schedule s = new Schedule("db maintenance", Scope.of(List.of(DB)), List.of(mondayNight), List.of(w(120, 180)));
        assertEquals(Windows.of(List.of(w(0, 180))), s.windowsOverlapping(w(0, 60 * 24)));
        // only windows that overlap the range count: the Monday occurrence ends where the range's window begins
        assertEquals(Windows.of(List.of(w(120, 180))), s.windowsOverlapping(w(150, 151)));
        assertEquals(Windows.of(List.of(w(0, 180))), s.windowsOverlapping(w(110, 130)));
        assertEquals(Windows.empty(), s.windowsOverlapping(w(180, 60 * 24)));
    }

    @Test
    void scopes() {
        assertTrue(Scope.all().includes(DB));
        assertTrue(Scope.all().allItems());
        assertTrue(Scope.of(List.of(DB)).includes(DB));
        assertFalse(Scope.of(List.of(DB)).includes(WEB));
        assertEquals(Set.of(DB, WEB), Scope.of(List.of(DB, WEB, DB)).items());
        assertEquals("not-empty", rule(() -> Scope.of(List.of())).rule());
        assertEquals("empty-for-all", rule(() -> new Scope(true, Set.of(DB))).rule());
        assertEquals(
                "scope.items[]", rule(() -> Scope.of(Arrays.asList(DB, null))).path());
        assertEquals("scope.items", rule(() -> Scope.of(null)).path());
        assertEquals("item", rule(() -> Scope.all().includes(null)).path());
    }

    @Test
    void freezes() {
        assertTrue(Freeze.hard().isHard());
        assertFalse(Freeze.hard().isLiftedBy(Set.of("change-manager")));
        Freeze soft = Freeze.soft("change-manager");
        assertFalse(soft.isHard());
        assertEquals(Optional.of("change-manager"), soft.overrideRole());
        assertTrue(soft.isLiftedBy(Set.of("cab", "change-manager")));
        assertFalse(soft.isLiftedBy(Set.of("cab")));
        assertSame(Freeze.hard(), Freeze.hard());
        assertEquals(
                "none-for-hard", rule(() -> new Freeze(true, Optional.of("x"))).rule());
        assertEquals(
                "required-for-soft",
                rule(() -> new Freeze(false, Optional.empty())).rule());
        assertEquals("not-blank", rule(() -> Freeze.soft(" ")).rule());
        assertEquals(
                "not-blank", rule(() -> new Freeze(false, Optional.of(" "))).rule());
        assertEquals("freeze.overrideRole", rule(() -> Freeze.soft(null)).path());
        assertEquals("roles", rule(() -> soft.isLiftedBy(null)).path());
    }

    @Test
    void badSchedules() {
        assertEquals(
                "schedule.name",
                rule(() -> new Schedule(" ", Scope.all(), List.of(), List.of())).path());
        assertEquals(
                "schedule.scope",
                rule(() -> new Schedule("s", null, List.of(), List.of())).path());
        assertEquals(
                "schedule.recurring[0]",
                rule(() -> new Schedule("s", Scope.all(), Arrays.asList((RecurringWindow) null), List.of()))
                        .path());
        assertEquals(
                "schedule.windows[1]",
                rule(() -> new Schedule("s", Scope.all(), List.of(), Arrays.asList(w(0, 1), null)))
                        .path());
        Schedule ok = new Schedule("s", Scope.all(), List.of(), List.of());
        assertEquals("range", rule(() -> ok.windowsOverlapping(null)).path());
        assertEquals("blackout.freeze", rule(() -> new Blackout(ok, null)).path());
        assertEquals(
                "blackout.schedule",
                rule(() -> new Blackout(null, Freeze.hard())).path());
    }
}
