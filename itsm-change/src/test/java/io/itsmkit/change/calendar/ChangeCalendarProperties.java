package io.itsmkit.change.calendar;

import static org.quicktheories.QuickTheory.qt;

import io.itsmkit.change.schedule.Blackout;
import io.itsmkit.change.schedule.Freeze;
import io.itsmkit.change.schedule.Schedule;
import io.itsmkit.change.schedule.Scope;
import io.itsmkit.change.schedule.Window;
import io.itsmkit.change.testkit.ChangeFixtures;
import io.itsmkit.change.testkit.ChangeFixtures.CalendarSetUp;
import io.itsmkit.core.cmdb.ServiceGraph;
import io.itsmkit.core.testkit.CoreFixtures;
import io.itsmkit.core.testkit.Sampler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeCalendarProperties {
    /** A calendar set-up and up to 25 changes over its graph. */
    record Case(CalendarSetUp setUp, List<ScheduledChange> changes) {
        ChangeCalendar calendar() {
            return setUp.calendar();
        }

        PairwiseConflicts oracle() {
            return new PairwiseConflicts(setUp.graph(), setUp.blackouts(), setUp.maintenance(), setUp.relatedWithin());
        }
    }

    private static final Sampler<Case> CASES = r -> {
        ServiceGraph g = CoreFixtures.serviceGraphs().sample(r);
        return new Case(
                ChangeFixtures.changeCalendars(g).sample(r),
                ChangeFixtures.calendars(g, 25).sample(r));
    };

    @Test
    void theSweepFindsExactlyWhatComparingEveryPairFinds() {
        qt().forAll(CASES.gen()).check(c -> {
            List<Conflict> sweep = c.calendar().conflicts(c.changes());
            List<Conflict> pairwise = c.oracle().conflicts(c.changes());
            return sweep.size() == pairwise.size() && Set.copyOf(sweep).equals(Set.copyOf(pairwise));
        });
    }

    @Test
    void conflictDetectionIsSymmetric() {
        qt().forAll(CASES.gen()).check(c -> {
            Set<Conflict> all = Set.copyOf(c.calendar().conflicts(c.changes()));
            return all.stream().allMatch(x -> {
                if (x instanceof Conflict.ChangeOverlap o) {
                    return all.contains(
                            new Conflict.ChangeOverlap(o.other(), o.busyItem(), o.item(), o.change(), o.window()));
                }
                if (x instanceof Conflict.AssigneeBusy a) {
                    return all.contains(new Conflict.AssigneeBusy(a.other(), a.assignee(), a.change(), a.window()));
                }
                return true;
            });
        });
    }

    @Test
    void touchingWindowsNeverConflict() {
        qt().forAll(CASES.gen()).check(c -> {
            // every change also gets a twin on the same items, for the same person, starting when it ends
            List<ScheduledChange> withTwins = new ArrayList<>(c.changes());
            for (ScheduledChange x : c.changes()) {
                withTwins.add(new ScheduledChange(
                        io.itsmkit.change.request.ChangeId.of(x.id() + "-next"),
                        x.items(),
                        Window.of(x.window().end(), x.window().length()),
                        x.assignee()));
            }
            return c.calendar().conflicts(withTwins).stream().noneMatch(k -> {
                String other = k instanceof Conflict.ChangeOverlap o
                        ? o.other().value()
                        : k instanceof Conflict.AssigneeBusy a ? a.other().value() : null;
                return other != null
                        && (other.equals(k.change().value() + "-next")
                                || k.change().value().equals(other + "-next"));
            });
        });
    }

    @Test
    void oneChangesConflictsAreWhatTheWholeCalendarReportsForIt() {
        qt().forAll(CASES.gen()).check(c -> {
            List<Conflict> all = c.calendar().conflicts(c.changes());
            return c.changes().stream().allMatch(x -> {
                Set<Conflict> mine = new HashSet<>(
                        all.stream().filter(k -> k.change().equals(x.id())).toList());
                List<Conflict> alone = c.calendar().conflictsOf(x, c.changes());
                return alone.size() == mine.size() && Set.copyOf(alone).equals(mine);
            });
        });
    }

    @Test
    void addingABlackoutNeverRemovesAConflict() {
        qt().forAll(CASES.gen(), ChangeFixtures.windows().gen()).check((c, w) -> {
            ChangeCalendar.Builder more = ChangeCalendar.builder(c.setUp().graph())
                    .relatedWithin(c.setUp().relatedWithin());
            c.setUp().blackouts().forEach(more::blackout);
            c.setUp().maintenance().forEach(more::maintenance);
            more.blackout(new Blackout(new Schedule("extra", Scope.all(), List.of(), List.of(w)), Freeze.hard()));
            return new HashSet<>(more.build().conflicts(c.changes()))
                    .containsAll(c.calendar().conflicts(c.changes()));
        });
    }

    @Test
    void enlargingAMaintenanceWindowNeverAddsOutsideWindowConflicts() {
        qt().forAll(CASES.gen(), ChangeFixtures.windows().gen()).check((c, w) -> {
            if (c.setUp().maintenance().isEmpty()) {
                return true;
            }
            ChangeCalendar.Builder more = ChangeCalendar.builder(c.setUp().graph())
                    .relatedWithin(c.setUp().relatedWithin());
            c.setUp().blackouts().forEach(more::blackout);
            Schedule first = c.setUp().maintenance().get(0);
            List<Window> larger = new ArrayList<>(first.windows());
            larger.add(w);
            more.maintenance(new Schedule(first.name(), first.scope(), first.recurring(), larger));
            c.setUp().maintenance().stream().skip(1).forEach(more::maintenance);
            Set<Conflict> before = Set.copyOf(c.calendar().conflicts(c.changes()));
            return more.build().conflicts(c.changes()).stream()
                    .filter(k -> k instanceof Conflict.OutsideMaintenance)
                    .allMatch(k -> before.stream()
                            .anyMatch(b -> b instanceof Conflict.OutsideMaintenance o
                                    && o.change().equals(k.change())
                                    && o.item().equals(((Conflict.OutsideMaintenance) k).item())
                                    && o.maintainedItem().equals(((Conflict.OutsideMaintenance) k).maintainedItem())));
        });
    }

    @Test
    void theNextSlotIsFreeAndNoEarlierSlotIs() {
        Set<String> roles = Set.of("change-manager");
        qt().withExamples(Math.min(200, Integer.getInteger("QT_EXAMPLES", 200)))
                .forAll(CASES.gen())
                .check(c -> {
                    if (c.changes().isEmpty()) {
                        return true;
                    }
                    ScheduledChange candidate = c.changes().get(0);
                    Instant from = ChangeFixtures.BASE;
                    Duration horizon = Duration.ofDays(5);
                    Optional<Window> slot =
                            c.calendar().nextAvailableSlot(candidate, c.changes(), from, horizon, roles);
                    Duration step = Duration.ofMinutes(15);
                    Instant end = slot.map(Window::start)
                            .orElse(from.plus(horizon)
                                    .minus(candidate.window().length())
                                    .plus(step));
                    for (Instant t = from; t.isBefore(end); t = t.plus(step)) {
                        if (free(
                                c,
                                candidate.withWindow(
                                        Window.of(t, candidate.window().length())),
                                roles)) {
                            return false;
                        }
                    }
                    return slot.map(s -> s.length().equals(candidate.window().length())
                                    && !s.start().isBefore(from)
                                    && !s.end().isAfter(from.plus(horizon))
                                    && free(c, candidate.withWindow(s), roles))
                            .orElse(true);
                });
    }

    private static boolean free(Case c, ScheduledChange placed, Set<String> roles) {
        return c.calendar().conflictsOf(placed, c.changes()).stream().noneMatch(k -> k.blocks(roles));
    }
}
