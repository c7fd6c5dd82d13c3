package io.itsmkit.change.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itsmkit.change.lifecycle.ChangeType;
import io.itsmkit.change.request.ChangeDetails;
import io.itsmkit.change.request.ChangeId;
import io.itsmkit.change.schedule.Blackout;
import io.itsmkit.change.schedule.Freeze;
import io.itsmkit.change.schedule.Recurrence;
import io.itsmkit.change.schedule.RecurringWindow;
import io.itsmkit.change.schedule.Schedule;
import io.itsmkit.change.schedule.Scope;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.core.cmdb.ConfigurationItem;
import io.itsmkit.core.cmdb.ConfigurationItemId;
import io.itsmkit.core.cmdb.Criticality;
import io.itsmkit.core.cmdb.ItemKind;
import io.itsmkit.core.cmdb.ServiceGraph;
import io.itsmkit.core.error.ValidationException;
import io.itsmkit.core.error.Violation;
import io.itsmkit.core.id.ActorId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One example per ServiceNow conflict kind, and the next available slot. */
class ChangeCalendarTest {
    static final ConfigurationItemId HOST = ConfigurationItemId.of("host");
    static final ConfigurationItemId DB = ConfigurationItemId.of("db");
    static final ConfigurationItemId CACHE = ConfigurationItemId.of("cache");
    static final ConfigurationItemId APP = ConfigurationItemId.of("app");
    static final ConfigurationItemId LAN = ConfigurationItemId.of("lan");

    /** A host contains the database and the cache (siblings); the app depends on the database. */
    static final ServiceGraph GRAPH = ServiceGraph.builder()
            .add(ConfigurationItem.of(HOST, "Host", ItemKind.INFRASTRUCTURE, Criticality.HIGH))
            .add(ConfigurationItem.of(DB, "Database", ItemKind.INFRASTRUCTURE, Criticality.HIGH))
            .add(ConfigurationItem.of(CACHE, "Cache", ItemKind.INFRASTRUCTURE, Criticality.LOW))
            .add(ConfigurationItem.of(APP, "App", ItemKind.APPLICATION, Criticality.MEDIUM))
            .add(ConfigurationItem.of(LAN, "LAN", ItemKind.INFRASTRUCTURE, Criticality.MEDIUM))
            .contains(HOST, DB)
            .contains(HOST, CACHE)
            .dependsOn(APP, DB)
            .build();

    /** Monday 2026-03-02 22:00 UTC. */
    static final Instant T = Instant.parse("2026-03-02T22:00:00Z");

    static Window at(int fromMinutes, int toMinutes) {
        return new Window(T.plusSeconds(60L * fromMinutes), T.plusSeconds(60L * toMinutes));
    }

    static ScheduledChange change(String id, Window w, ConfigurationItemId... items) {
        return new ScheduledChange(ChangeId.of(id), Set.of(items), w, Optional.empty());
    }

    static ScheduledChange change(String id, Window w, ActorId who, ConfigurationItemId... items) {
        return new ScheduledChange(ChangeId.of(id), Set.of(items), w, Optional.of(who));
    }

    private static final ChangeCalendar PLAIN = ChangeCalendar.builder(GRAPH).build();

    @Test
    void sameItemOverlapping() {
        List<Conflict> c = PLAIN.conflicts(List.of(change("C1", at(0, 120), DB), change("C2", at(60, 180), DB)));
        assertEquals(
                Set.of(
                        new Conflict.ChangeOverlap(ChangeId.of("C1"), DB, DB, ChangeId.of("C2"), at(60, 120)),
                        new Conflict.ChangeOverlap(ChangeId.of("C2"), DB, DB, ChangeId.of("C1"), at(60, 120))),
                Set.copyOf(c));
        assertEquals(2, c.size());
        assertEquals(ConflictKind.ITEM_ALREADY_SCHEDULED, c.get(0).kind());
    }

    @Test
    void backToBackChangesDoNotConflict() {
        assertEquals(
                List.of(),
                PLAIN.conflicts(List.of(
                        change("C1", at(0, 120), ActorId.of("bo"), DB),
                        change("C2", at(120, 180), ActorId.of("bo"), DB, HOST),
                        change("C3", at(-60, 0), ActorId.of("bo"), APP))));
    }

    @Test
    void parentChildAndDependencyOverlapButSiblingsDoNot() {
        List<ScheduledChange> cs = List.of(
                change("DB", at(0, 120), DB),
                change("HOST", at(60, 90), HOST),
                change("APP", at(100, 130), APP),
                change("CACHE", at(0, 120), CACHE));
        Set<Conflict> c = Set.copyOf(PLAIN.conflicts(cs));
        assertEquals(
                Set.of(
                        new Conflict.ChangeOverlap(ChangeId.of("DB"), DB, HOST, ChangeId.of("HOST"), at(60, 90)),
                        new Conflict.ChangeOverlap(ChangeId.of("HOST"), HOST, DB, ChangeId.of("DB"), at(60, 90)),
                        new Conflict.ChangeOverlap(ChangeId.of("DB"), DB, APP, ChangeId.of("APP"), at(100, 120)),
                        new Conflict.ChangeOverlap(ChangeId.of("APP"), APP, DB, ChangeId.of("DB"), at(100, 120)),
                        new Conflict.ChangeOverlap(ChangeId.of("HOST"), HOST, CACHE, ChangeId.of("CACHE"), at(60, 90)),
                        new Conflict.ChangeOverlap(ChangeId.of("CACHE"), CACHE, HOST, ChangeId.of("HOST"), at(60, 90))),
                c);
        assertTrue(c.stream().allMatch(x -> x.kind() == ConflictKind.RELATED_ITEM_ALREADY_SCHEDULED));
        // two relationships away, the siblings (and the app and the host) become related
        ChangeCalendar deeper = ChangeCalendar.builder(GRAPH).relatedWithin(2).build();
        assertEquals(List.of(APP, HOST, CACHE), deeper.relatedItems(DB)); // nearest first, then by id
        assertEquals(List.of(APP, HOST), PLAIN.relatedItems(DB));
        assertEquals(List.of(), PLAIN.relatedItems(LAN));
        assertTrue(deeper.conflicts(cs)
                .contains(new Conflict.ChangeOverlap(ChangeId.of("DB"), DB, CACHE, ChangeId.of("CACHE"), at(0, 120))));
    }

    @Test
    void aChangeTouchingBothParentAndChildDoesNotConflictWithItself() {
        assertEquals(List.of(), PLAIN.conflicts(List.of(change("C1", at(0, 60), HOST, DB))));
    }

    @Test
    void assigneeAlreadyScheduled() {
        ActorId bo = ActorId.of("bo");
        List<Conflict> c =
                PLAIN.conflicts(List.of(change("C1", at(0, 60), bo, LAN), change("C2", at(30, 90), bo, APP)));
        assertEquals(
                Set.of(
                        new Conflict.AssigneeBusy(ChangeId.of("C1"), bo, ChangeId.of("C2"), at(30, 60)),
                        new Conflict.AssigneeBusy(ChangeId.of("C2"), bo, ChangeId.of("C1"), at(30, 60))),
                Set.copyOf(c));
        assertEquals(ConflictKind.ASSIGNEE_ALREADY_SCHEDULED, c.get(0).kind());
    }

    static final Schedule DB_FREEZE =
            new Schedule("quarter close", Scope.of(List.of(DB)), List.of(), List.of(at(30, 90)));

    @Test
    void blackoutOnTheItemOrARelatedItem() {
        ChangeCalendar cal = ChangeCalendar.builder(GRAPH)
                .blackout(new Blackout(DB_FREEZE, Freeze.hard()))
                .build();
        List<Conflict> c = cal.conflicts(List.of(change("C1", at(0, 60), DB), change("C2", at(80, 200), APP)));
        assertEquals(
                Set.of(
                        new Conflict.InBlackout(ChangeId.of("C1"), DB, DB, "quarter close", Freeze.hard(), at(30, 60)),
                        new Conflict.InBlackout(
                                ChangeId.of("C2"), APP, DB, "quarter close", Freeze.hard(), at(80, 90))),
                Set.copyOf(c));
        assertEquals(
                Set.of(ConflictKind.BLACKOUT, ConflictKind.RELATED_ITEM_BLACKOUT),
                Set.copyOf(c.stream().map(Conflict::kind).toList()));
        assertEquals(List.of(), cal.conflicts(List.of(change("C3", at(90, 100), DB), change("C4", at(0, 30), DB))));
    }

    @Test
    void anAllItemsBlackoutIsReportedOncePerItemNotPerRelation() {
        Schedule all = new Schedule("year end", Scope.all(), List.of(), List.of(at(0, 600)));
        ChangeCalendar cal = ChangeCalendar.builder(GRAPH)
                .blackout(new Blackout(all, Freeze.soft("change-manager")))
                .build();
        List<Conflict> c = cal.conflicts(List.of(change("C1", at(10, 20), DB)));
        assertEquals(
                List.of(new Conflict.InBlackout(
                        ChangeId.of("C1"), DB, DB, "year end", Freeze.soft("change-manager"), at(10, 20))),
                c);
        assertFalse(c.get(0).blocks(Set.of("change-manager")));
        assertTrue(c.get(0).blocks(Set.of("cab")));
    }

    static final RecurringWindow SUNDAY_NIGHT = new RecurringWindow(
            Recurrence.weekly(DayOfWeek.SUNDAY), LocalTime.of(2, 0), Duration.ofHours(4), ZoneId.of("UTC"));

    @Test
    void outsideTheMaintenanceWindowOfTheItemOrARelatedItem() {
        Schedule dbMaintenance =
                new Schedule("db maintenance", Scope.of(List.of(DB)), List.of(SUNDAY_NIGHT), List.of());
        ChangeCalendar cal =
                ChangeCalendar.builder(GRAPH).maintenance(dbMaintenance).build();
        Window sunday = new Window(Instant.parse("2026-03-08T02:30:00Z"), Instant.parse("2026-03-08T05:00:00Z"));
        Window late = new Window(Instant.parse("2026-03-08T05:00:00Z"), Instant.parse("2026-03-08T07:00:00Z"));
        List<Conflict> c = cal.conflicts(List.of(
                change("IN", sunday, DB),
                change("LATE", late, DB),
                change("APP", at(0, 60), APP),
                change("LAN", at(0, 60), LAN)));
        assertEquals(
                Set.of(
                        new Conflict.OutsideMaintenance(
                                ChangeId.of("LATE"),
                                DB,
                                DB,
                                new Window(
                                        Instant.parse("2026-03-08T06:00:00Z"), Instant.parse("2026-03-08T07:00:00Z"))),
                        new Conflict.OutsideMaintenance(ChangeId.of("APP"), APP, DB, at(0, 60))),
                Set.copyOf(c));
        assertEquals(
                Set.of(ConflictKind.OUTSIDE_MAINTENANCE_WINDOW, ConflictKind.RELATED_ITEM_OUTSIDE_MAINTENANCE_WINDOW),
                Set.copyOf(c.stream().map(Conflict::kind).toList()));
    }

    @Test
    void touchingMaintenanceWindowsMerge() {
        Window first = at(0, 60);
        Window second = at(60, 120);
        ChangeCalendar cal = ChangeCalendar.builder(GRAPH)
                .maintenance(new Schedule("early", Scope.of(List.of(DB)), List.of(), List.of(first)))
                .maintenance(new Schedule("late", Scope.of(List.of(DB)), List.of(), List.of(second)))
                .build();
        assertEquals(List.of(), cal.conflicts(List.of(change("ACROSS", at(30, 90), DB))));
        assertEquals(
                List.of(new Conflict.OutsideMaintenance(ChangeId.of("BEYOND"), DB, DB, at(120, 121))),
                cal.conflicts(List.of(change("BEYOND", at(30, 121), DB))));
    }

    @Test
    void conflictKindsCanBeSwitchedOff() {
        ChangeCalendar onlySame = ChangeCalendar.builder(GRAPH)
                .blackout(new Blackout(DB_FREEZE, Freeze.hard()))
                .checking(EnumSet.of(ConflictKind.ITEM_ALREADY_SCHEDULED))
                .build();
        List<Conflict> c = onlySame.conflicts(List.of(
                change("C1", at(0, 60), ActorId.of("bo"), DB), change("C2", at(0, 60), ActorId.of("bo"), DB, HOST)));
        assertEquals(
                Set.of(ConflictKind.ITEM_ALREADY_SCHEDULED),
                Set.copyOf(c.stream().map(Conflict::kind).toList()));
        assertEquals(2, c.size());
        ChangeCalendar nothing =
                ChangeCalendar.builder(GRAPH).checking(Set.of()).build();
        assertEquals(List.of(), nothing.conflicts(List.of(change("C1", at(0, 60), DB), change("C2", at(0, 60), DB))));
    }

    @Test
    void conflictsOfOneChangeAgainstTheCalendar() {
        ChangeCalendar cal = ChangeCalendar.builder(GRAPH)
                .blackout(new Blackout(DB_FREEZE, Freeze.hard()))
                .build();
        List<ScheduledChange> calendar =
                List.of(change("C1", at(0, 120), ActorId.of("bo"), HOST), change("C2", at(0, 10), LAN));
        ScheduledChange candidate = change("NEW", at(60, 100), ActorId.of("bo"), DB);
        assertEquals(
                Set.of(
                        new Conflict.ChangeOverlap(ChangeId.of("NEW"), DB, HOST, ChangeId.of("C1"), at(60, 100)),
                        new Conflict.AssigneeBusy(ChangeId.of("NEW"), ActorId.of("bo"), ChangeId.of("C1"), at(60, 100)),
                        new Conflict.InBlackout(
                                ChangeId.of("NEW"), DB, DB, "quarter close", Freeze.hard(), at(60, 90))),
                Set.copyOf(cal.conflictsOf(candidate, calendar)));
        // the candidate's own entry in the calendar (being rescheduled) is ignored
        assertEquals(List.of(), PLAIN.conflictsOf(candidate, List.of(change("NEW", at(0, 200), DB))));
    }

    @Test
    void nextAvailableSlot() {
        ScheduledChange candidate = change("NEW", at(0, 60), DB);
        List<ScheduledChange> calendar = List.of(change("C1", at(0, 90), HOST), change("C2", at(100, 130), APP));
        // free from T+90 to T+100 only: 10 minutes; the hour-long change fits from T+130
        assertEquals(
                Optional.of(at(130, 190)),
                PLAIN.nextAvailableSlot(candidate, calendar, T, Duration.ofDays(1), Set.of()));
        assertEquals(
                Optional.of(at(200, 260)),
                PLAIN.nextAvailableSlot(candidate, calendar, T.plusSeconds(200 * 60), Duration.ofDays(1), Set.of()));
        assertEquals(
                Optional.empty(), PLAIN.nextAvailableSlot(candidate, calendar, T, Duration.ofMinutes(189), Set.of()));
        assertEquals(
                Optional.of(at(130, 190)),
                PLAIN.nextAvailableSlot(candidate, calendar, T, Duration.ofMinutes(190), Set.of()));
        assertEquals(
                Optional.empty(), PLAIN.nextAvailableSlot(candidate, List.of(), T, Duration.ofMinutes(59), Set.of()));
    }

    @Test
    void theNextSlotAvoidsHardFreezesAndUsesSoftOnesWithTheRole() {
        Schedule week = new Schedule("release week", Scope.all(), List.of(), List.of(at(0, 600)));
        ScheduledChange candidate = change("NEW", at(0, 60), DB);
        ChangeCalendar hard = ChangeCalendar.builder(GRAPH)
                .blackout(new Blackout(week, Freeze.hard()))
                .build();
        assertEquals(
                Optional.of(at(600, 660)),
                hard.nextAvailableSlot(candidate, List.of(), T, Duration.ofDays(1), Set.of("change-manager")));
        ChangeCalendar soft = ChangeCalendar.builder(GRAPH)
                .blackout(new Blackout(week, Freeze.soft("change-manager")))
                .build();
        assertEquals(
                Optional.of(at(0, 60)),
                soft.nextAvailableSlot(candidate, List.of(), T, Duration.ofDays(1), Set.of("change-manager")));
        assertEquals(
                Optional.of(at(600, 660)),
                soft.nextAvailableSlot(candidate, List.of(), T, Duration.ofDays(1), Set.of()));
    }

    @Test
    void theNextSlotWaitsForAMaintenanceWindowLongEnough() {
        // Sunday nights 02:00-06:00: a five-hour change never fits, a three-hour one fits on Sunday March 8
        Schedule sundays = new Schedule("sundays", Scope.of(List.of(DB)), List.of(SUNDAY_NIGHT), List.of());
        ChangeCalendar cal = ChangeCalendar.builder(GRAPH).maintenance(sundays).build();
        ScheduledChange threeHours = change("NEW", at(0, 180), DB);
        assertEquals(
                Optional.of(new Window(Instant.parse("2026-03-08T02:00:00Z"), Instant.parse("2026-03-08T05:00:00Z"))),
                cal.nextAvailableSlot(threeHours, List.of(), T, Duration.ofDays(30), Set.of()));
        assertEquals(
                Optional.empty(),
                cal.nextAvailableSlot(change("NEW", at(0, 300), DB), List.of(), T, Duration.ofDays(30), Set.of()));
        // and the one related item with its own maintenance counts too
        assertEquals(
                Optional.of(new Window(Instant.parse("2026-03-08T02:00:00Z"), Instant.parse("2026-03-08T05:00:00Z"))),
                cal.nextAvailableSlot(change("NEW", at(0, 180), APP), List.of(), T, Duration.ofDays(30), Set.of()));
    }

    @Test
    void theNextSlotAvoidsARelatedItemsFreezeAndTheAssigneesOtherChanges() {
        ActorId bo = ActorId.of("bo");
        ChangeCalendar cal = ChangeCalendar.builder(GRAPH)
                .blackout(new Blackout(
                        new Schedule("host freeze", Scope.of(List.of(HOST)), List.of(), List.of(at(0, 100))),
                        Freeze.hard()))
                .build();
        ScheduledChange candidate = change("NEW", at(0, 60), bo, DB);
        assertEquals(
                Optional.of(at(100, 160)),
                cal.nextAvailableSlot(candidate, List.of(), T, Duration.ofDays(1), Set.of()));
        // the assignee is busy until T+130 on an unrelated item, and a second change of theirs ends later still
        List<ScheduledChange> theirs = List.of(change("C1", at(90, 130), bo, LAN), change("C2", at(120, 200), bo, LAN));
        assertEquals(
                Optional.of(at(200, 260)), cal.nextAvailableSlot(candidate, theirs, T, Duration.ofDays(1), Set.of()));
        assertEquals(
                Optional.of(at(100, 160)),
                cal.nextAvailableSlot(change("NEW", at(0, 60), DB), theirs, T, Duration.ofDays(1), Set.of()));
        ChangeCalendar noAssignee = ChangeCalendar.builder(GRAPH)
                .checking(EnumSet.complementOf(EnumSet.of(ConflictKind.ASSIGNEE_ALREADY_SCHEDULED)))
                .build();
        assertEquals(
                Optional.of(at(0, 60)),
                noAssignee.nextAvailableSlot(candidate, theirs, T, Duration.ofDays(1), Set.of()));
        assertEquals(
                "candidate.items",
                violation(() -> PLAIN.nextAvailableSlot(
                                change("X", at(0, 1), ConfigurationItemId.of("ghost")),
                                List.of(),
                                T,
                                Duration.ofDays(1),
                                Set.of()))
                        .path());
    }

    @Test
    void eachConflictNamesItsOwnKind() {
        ChangeId c = ChangeId.of("C");
        assertEquals(ConflictKind.BLACKOUT, new Conflict.InBlackout(c, DB, DB, "b", Freeze.hard(), at(0, 1)).kind());
        assertEquals(
                ConflictKind.RELATED_ITEM_BLACKOUT,
                new Conflict.InBlackout(c, DB, HOST, "b", Freeze.hard(), at(0, 1)).kind());
        assertEquals(
                ConflictKind.OUTSIDE_MAINTENANCE_WINDOW, new Conflict.OutsideMaintenance(c, DB, DB, at(0, 1)).kind());
        assertEquals(
                ConflictKind.RELATED_ITEM_OUTSIDE_MAINTENANCE_WINDOW,
                new Conflict.OutsideMaintenance(c, DB, HOST, at(0, 1)).kind());
        assertEquals(ConflictKind.ITEM_ALREADY_SCHEDULED, new Conflict.ChangeOverlap(c, DB, DB, c, at(0, 1)).kind());
        assertEquals(
                ConflictKind.RELATED_ITEM_ALREADY_SCHEDULED,
                new Conflict.ChangeOverlap(c, DB, HOST, c, at(0, 1)).kind());
        assertTrue(new Conflict.OutsideMaintenance(c, DB, DB, at(0, 1)).blocks(Set.of("change-manager")));
        assertTrue(new Conflict.InBlackout(c, DB, DB, "b", Freeze.hard(), at(0, 1)).blocks(Set.of("change-manager")));
    }

    @Test
    void aPlannedChangeRequestIsAScheduledChange() {
        ChangeDetails d = ChangeDetails.builder(ChangeType.NORMAL, "t", ActorId.of("ana"))
                .items(List.of(DB))
                .plannedWindow(at(0, 60))
                .implementer(ActorId.of("bo"))
                .build();
        assertEquals(
                new ScheduledChange(ChangeId.of("C1"), Set.of(DB), at(0, 60), Optional.of(ActorId.of("bo"))),
                ScheduledChange.of(ChangeId.of("C1"), d));
        assertEquals(
                at(5, 6),
                ScheduledChange.of(ChangeId.of("C1"), d).withWindow(at(5, 6)).window());
        Violation v = violation(() -> ScheduledChange.of(
                ChangeId.of("C1"),
                ChangeDetails.builder(ChangeType.NORMAL, "t", ActorId.of("ana")).build()));
        assertEquals("change.plannedWindow", v.path());
        assertEquals("required", v.rule());
    }

    @Test
    void badInput() {
        ScheduledChange c1 = change("C1", at(0, 60), DB);
        assertEquals(
                "unique-id",
                violation(() -> PLAIN.conflicts(List.of(c1, change("C1", at(0, 1), APP))))
                        .rule());
        assertEquals(
                "changes[1].id",
                violation(() -> PLAIN.conflicts(List.of(c1, change("C1", at(0, 1), APP))))
                        .path());
        Violation unknown =
                violation(() -> PLAIN.conflicts(List.of(change("C9", at(0, 1), ConfigurationItemId.of("ghost")))));
        assertEquals("changes[0].items", unknown.path());
        assertEquals("known-item", unknown.rule());
        assertEquals(
                "changes[1]",
                violation(() -> PLAIN.conflicts(Arrays.asList(c1, null))).path());
        assertEquals("changes", violation(() -> PLAIN.conflicts(null)).path());
        assertEquals(
                "candidate", violation(() -> PLAIN.conflictsOf(null, List.of())).path());
        assertEquals("calendar", violation(() -> PLAIN.conflictsOf(c1, null)).path());
        assertEquals(
                "candidate.items",
                violation(() -> PLAIN.conflictsOf(change("C9", at(0, 1), ConfigurationItemId.of("ghost")), List.of()))
                        .path());
        assertEquals(
                "horizon",
                violation(() -> PLAIN.nextAvailableSlot(c1, List.of(), T, Duration.ZERO, Set.of()))
                        .path());
        assertEquals(
                "window.length",
                violation(() -> PLAIN.nextAvailableSlot(
                                c1, List.of(), Instant.MAX.minusSeconds(10), Duration.ofDays(1), Set.of()))
                        .path());
        assertEquals(
                "roles",
                violation(() -> PLAIN.nextAvailableSlot(c1, List.of(), T, Duration.ofDays(1), null))
                        .path());
        assertEquals(
                "from",
                violation(() -> PLAIN.nextAvailableSlot(c1, List.of(), null, Duration.ofDays(1), Set.of()))
                        .path());
        assertEquals(
                "item",
                violation(() -> PLAIN.relatedItems(ConfigurationItemId.of("ghost")))
                        .path());
        assertEquals(
                "at-least-one",
                violation(() -> ChangeCalendar.builder(GRAPH).relatedWithin(0)).rule());
        assertEquals(
                "kinds[]",
                violation(() -> ChangeCalendar.builder(GRAPH)
                                .checking(new HashSet<>(Arrays.asList((ConflictKind) null))))
                        .path());
        assertEquals("graph", violation(() -> ChangeCalendar.builder(null)).path());
        assertEquals(
                "blackout",
                violation(() -> ChangeCalendar.builder(GRAPH).blackout(null)).path());
        assertEquals(
                "maintenance",
                violation(() -> ChangeCalendar.builder(GRAPH).maintenance(null)).path());
        assertEquals(
                "roles",
                violation(() -> new Conflict.AssigneeBusy(ChangeId.of("a"), ActorId.of("b"), ChangeId.of("c"), at(0, 1))
                                .blocks(null))
                        .path());
        ChangeCalendar recurring = ChangeCalendar.builder(GRAPH)
                .maintenance(new Schedule("s", Scope.all(), List.of(SUNDAY_NIGHT), List.of()))
                .build();
        assertEquals(
                "within-horizon",
                violation(() -> recurring.conflicts(List.of(change(
                                "C1",
                                new Window(
                                        Instant.parse("2200-01-01T00:00:00Z"), Instant.parse("2200-01-02T00:00:00Z")),
                                DB))))
                        .rule());
    }

    static Violation violation(Runnable r) {
        return assertThrows(ValidationException.class, r::run).violations().get(0);
    }
}
